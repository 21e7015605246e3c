package org.torito.test.corpus;

import org.torito.test.corpus.strings.CaseAndCipher;
import org.torito.test.corpus.strings.CharPrinting;
import org.torito.test.corpus.strings.Escapes;
import org.torito.test.corpus.strings.LoneSurrogateLiterals;
import org.torito.test.corpus.strings.LoneSurrogates;
import org.torito.test.corpus.strings.LongLiterals;
import org.torito.test.corpus.strings.NonAscii;
import org.torito.test.corpus.strings.RomanNumerals;
import org.torito.test.support.Out;

/**
 * The strings area of the differential corpus (string and char literals, escapes and non-ASCII text printed as
 * UTF-8): runs every program of {@code org.torito.test.corpus.strings} in one boot, each after its
 * {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no program of the
 * package is left out.
 */
public final class StringsCorpus {
    private StringsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== CaseAndCipher");
        CaseAndCipher.main(args);
        Out.println("=== CharPrinting");
        CharPrinting.main(args);
        Out.println("=== Escapes");
        Escapes.main(args);
        Out.println("=== LoneSurrogateLiterals");
        LoneSurrogateLiterals.main(args);
        Out.println("=== LoneSurrogates");
        LoneSurrogates.main(args);
        Out.println("=== LongLiterals");
        LongLiterals.main(args);
        Out.println("=== NonAscii");
        NonAscii.main(args);
        Out.println("=== RomanNumerals");
        RomanNumerals.main(args);
    }
}
