package org.torito.test.corpus;

import org.torito.test.corpus.lang.BoxingCaches;
import org.torito.test.corpus.lang.CharacterCaseMapping;
import org.torito.test.corpus.lang.CharacterClasses;
import org.torito.test.corpus.lang.CharacterDigits;
import org.torito.test.corpus.lang.DoubleParsing;
import org.torito.test.corpus.lang.DoubleToStringValues;
import org.torito.test.corpus.lang.EnumCollections;
import org.torito.test.corpus.lang.EnumConstants;
import org.torito.test.corpus.lang.EnumSwitches;
import org.torito.test.corpus.lang.FloatToStringValues;
import org.torito.test.corpus.lang.GenericNestedClasses;
import org.torito.test.corpus.lang.InnerClasses;
import org.torito.test.corpus.lang.IntegerBits;
import org.torito.test.corpus.lang.IntegerParsing;
import org.torito.test.corpus.lang.InterfaceMethods;
import org.torito.test.corpus.lang.LocalAndAnonymousClasses;
import org.torito.test.corpus.lang.LocalVarInference;
import org.torito.test.corpus.lang.LongParsing;
import org.torito.test.corpus.lang.MathCbrtAndFma;
import org.torito.test.corpus.lang.MathExact;
import org.torito.test.corpus.lang.MathRounding;
import org.torito.test.corpus.lang.MathUlps;
import org.torito.test.corpus.lang.RecordBasics;
import org.torito.test.corpus.lang.SealedShapes;
import org.torito.test.corpus.lang.StringBuilderEdits;
import org.torito.test.corpus.lang.StringCodePoints;
import org.torito.test.corpus.lang.StringComparisons;
import org.torito.test.corpus.lang.StringConversions;
import org.torito.test.corpus.lang.StringFormatting;
import org.torito.test.corpus.lang.StringReplacing;
import org.torito.test.corpus.lang.StringSearching;
import org.torito.test.corpus.lang.StringSplitJoin;
import org.torito.test.corpus.lang.StringStripRepeat;
import org.torito.test.corpus.lang.StringSwitches;
import org.torito.test.corpus.lang.Surrogates;
import org.torito.test.corpus.lang.TextBlocks;

/**
 * The lang area of the differential corpus (String and StringBuilder APIs, boxing caches, Character over
 * non-ASCII text, number parsing and printing, Math and StrictMath, enums, records, sealed interfaces, switch
 * expressions, text blocks, var, nested and local classes, interface methods): runs every program of
 * {@code org.torito.test.corpus.lang} in one boot, each after its {@code === name} line, so that a mismatch names
 * the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class LangCorpus {
    private LangCorpus() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("=== BoxingCaches");
        BoxingCaches.main(args);
        System.out.println("=== CharacterCaseMapping");
        CharacterCaseMapping.main(args);
        System.out.println("=== CharacterClasses");
        CharacterClasses.main(args);
        System.out.println("=== CharacterDigits");
        CharacterDigits.main(args);
        System.out.println("=== DoubleParsing");
        DoubleParsing.main(args);
        System.out.println("=== DoubleToStringValues");
        DoubleToStringValues.main(args);
        System.out.println("=== EnumCollections");
        EnumCollections.main(args);
        System.out.println("=== EnumConstants");
        EnumConstants.main(args);
        System.out.println("=== EnumSwitches");
        EnumSwitches.main(args);
        System.out.println("=== FloatToStringValues");
        FloatToStringValues.main(args);
        System.out.println("=== GenericNestedClasses");
        GenericNestedClasses.main(args);
        System.out.println("=== InnerClasses");
        InnerClasses.main(args);
        System.out.println("=== IntegerBits");
        IntegerBits.main(args);
        System.out.println("=== IntegerParsing");
        IntegerParsing.main(args);
        System.out.println("=== InterfaceMethods");
        InterfaceMethods.main(args);
        System.out.println("=== LocalAndAnonymousClasses");
        LocalAndAnonymousClasses.main(args);
        System.out.println("=== LocalVarInference");
        LocalVarInference.main(args);
        System.out.println("=== LongParsing");
        LongParsing.main(args);
        System.out.println("=== MathCbrtAndFma");
        MathCbrtAndFma.main(args);
        System.out.println("=== MathExact");
        MathExact.main(args);
        System.out.println("=== MathRounding");
        MathRounding.main(args);
        System.out.println("=== MathUlps");
        MathUlps.main(args);
        System.out.println("=== RecordBasics");
        RecordBasics.main(args);
        System.out.println("=== SealedShapes");
        SealedShapes.main(args);
        System.out.println("=== StringBuilderEdits");
        StringBuilderEdits.main(args);
        System.out.println("=== StringCodePoints");
        StringCodePoints.main(args);
        System.out.println("=== StringComparisons");
        StringComparisons.main(args);
        System.out.println("=== StringConversions");
        StringConversions.main(args);
        System.out.println("=== StringFormatting");
        StringFormatting.main(args);
        System.out.println("=== StringReplacing");
        StringReplacing.main(args);
        System.out.println("=== StringSearching");
        StringSearching.main(args);
        System.out.println("=== StringSplitJoin");
        StringSplitJoin.main(args);
        System.out.println("=== StringStripRepeat");
        StringStripRepeat.main(args);
        System.out.println("=== StringSwitches");
        StringSwitches.main(args);
        System.out.println("=== Surrogates");
        Surrogates.main(args);
        System.out.println("=== TextBlocks");
        TextBlocks.main(args);
    }
}
