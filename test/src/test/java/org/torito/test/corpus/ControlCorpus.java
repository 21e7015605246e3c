package org.torito.test.corpus;

import org.torito.test.corpus.control.DeepRecursion;
import org.torito.test.corpus.control.DenseSwitch;
import org.torito.test.corpus.control.DoWhile;
import org.torito.test.corpus.control.LabeledLoops;
import org.torito.test.corpus.control.LocalSlots;
import org.torito.test.corpus.control.LoopForms;
import org.torito.test.corpus.control.MutualRecursion;
import org.torito.test.corpus.control.ShortCircuit;
import org.torito.test.corpus.control.SparseSwitch;
import org.torito.test.corpus.control.SwitchEdgeCases;
import org.torito.test.corpus.control.SwitchExpressions;
import org.torito.test.corpus.control.SwitchFallThrough;
import org.torito.test.corpus.control.Ternaries;
import org.torito.test.support.Out;

/**
 * The control area of the differential corpus (branches, loops, switches, recursion and boolean operators): runs
 * every program of {@code org.torito.test.corpus.control} in one boot, each after its {@code === name} line, so
 * that a mismatch names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class ControlCorpus {
    private ControlCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== DeepRecursion");
        DeepRecursion.main(args);
        Out.println("=== DenseSwitch");
        DenseSwitch.main(args);
        Out.println("=== DoWhile");
        DoWhile.main(args);
        Out.println("=== LabeledLoops");
        LabeledLoops.main(args);
        Out.println("=== LocalSlots");
        LocalSlots.main(args);
        Out.println("=== LoopForms");
        LoopForms.main(args);
        Out.println("=== MutualRecursion");
        MutualRecursion.main(args);
        Out.println("=== ShortCircuit");
        ShortCircuit.main(args);
        Out.println("=== SparseSwitch");
        SparseSwitch.main(args);
        Out.println("=== SwitchEdgeCases");
        SwitchEdgeCases.main(args);
        Out.println("=== SwitchExpressions");
        SwitchExpressions.main(args);
        Out.println("=== SwitchFallThrough");
        SwitchFallThrough.main(args);
        Out.println("=== Ternaries");
        Ternaries.main(args);
    }
}
