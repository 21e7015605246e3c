package org.torito.test.corpus;

import org.torito.test.corpus.statics.CompoundAssignment;
import org.torito.test.corpus.statics.IncrementDecrement;
import org.torito.test.corpus.statics.InheritedStatics;
import org.torito.test.corpus.statics.NestedClasses;
import org.torito.test.corpus.statics.OtherClassFields;
import org.torito.test.corpus.statics.Overloads;
import org.torito.test.corpus.statics.PrimitiveFields;
import org.torito.test.corpus.statics.StaticCallChains;
import org.torito.test.corpus.statics.StringFields;
import org.torito.test.corpus.statics.Wraparound;
import org.torito.test.support.Out;

/**
 * The statics area of the differential corpus (static fields of every primitive type and String, across classes
 * and through subclass names): runs every program of {@code org.torito.test.corpus.statics} in one boot, each
 * after its {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no
 * program of the package is left out.
 */
public final class StaticsCorpus {
    private StaticsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== CompoundAssignment");
        CompoundAssignment.main(args);
        Out.println("=== IncrementDecrement");
        IncrementDecrement.main(args);
        Out.println("=== InheritedStatics");
        InheritedStatics.main(args);
        Out.println("=== NestedClasses");
        NestedClasses.main(args);
        Out.println("=== OtherClassFields");
        OtherClassFields.main(args);
        Out.println("=== Overloads");
        Overloads.main(args);
        Out.println("=== PrimitiveFields");
        PrimitiveFields.main(args);
        Out.println("=== StaticCallChains");
        StaticCallChains.main(args);
        Out.println("=== StringFields");
        StringFields.main(args);
        Out.println("=== Wraparound");
        Wraparound.main(args);
    }
}
