package org.torito.test.corpus;

import org.torito.test.corpus.recursion.AckermannVariants;
import org.torito.test.corpus.recursion.DistinctPermutations;
import org.torito.test.corpus.recursion.DivideAndConquer;
import org.torito.test.corpus.recursion.Memoization;
import org.torito.test.corpus.recursion.ObjectGraphRecursion;
import org.torito.test.corpus.recursion.StackOverflowRecovery;
import org.torito.test.corpus.recursion.SubsetSums;
import org.torito.test.corpus.recursion.Sudoku;
import org.torito.test.corpus.recursion.TreeTraversals;
import org.torito.test.corpus.recursion.RecursiveDescent;
import org.torito.test.support.Out;

/**
 * The recursion area of the differential corpus (memoization, backtracking, divide and conquer, mutual
 * recursion over object graphs, tree traversals, Ackermann's function, recovery from StackOverflowError):
 * runs every program of {@code org.torito.test.corpus.recursion} in one boot, each after its {@code === name}
 * line, so that a mismatch names the program. {@link CorpusTest} checks that no program of the package is left
 * out.
 */
public final class RecursionCorpus {
    private RecursionCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== AckermannVariants");
        AckermannVariants.main(args);
        Out.println("=== DistinctPermutations");
        DistinctPermutations.main(args);
        Out.println("=== DivideAndConquer");
        DivideAndConquer.main(args);
        Out.println("=== Memoization");
        Memoization.main(args);
        Out.println("=== ObjectGraphRecursion");
        ObjectGraphRecursion.main(args);
        Out.println("=== StackOverflowRecovery");
        StackOverflowRecovery.main(args);
        Out.println("=== SubsetSums");
        SubsetSums.main(args);
        Out.println("=== Sudoku");
        Sudoku.main(args);
        Out.println("=== TreeTraversals");
        TreeTraversals.main(args);
        Out.println("=== RecursiveDescent");
        RecursiveDescent.main(args);
    }
}
