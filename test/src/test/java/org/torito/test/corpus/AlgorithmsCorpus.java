package org.torito.test.corpus;

import org.torito.test.corpus.algorithms.Ackermann;
import org.torito.test.corpus.algorithms.BinarySearch;
import org.torito.test.corpus.algorithms.BitSieve;
import org.torito.test.corpus.algorithms.Calendar;
import org.torito.test.corpus.algorithms.Collatz;
import org.torito.test.corpus.algorithms.FibonacciMod;
import org.torito.test.corpus.algorithms.FixedPointConstants;
import org.torito.test.corpus.algorithms.GameOfLife;
import org.torito.test.corpus.algorithms.GrayCodeSubsets;
import org.torito.test.corpus.algorithms.Hanoi;
import org.torito.test.corpus.algorithms.Mandelbrot;
import org.torito.test.corpus.algorithms.MillerRabin;
import org.torito.test.corpus.algorithms.NQueens;
import org.torito.test.corpus.algorithms.Permutations;
import org.torito.test.support.Out;

/**
 * The algorithms area of the differential corpus (small classic algorithms in integer arithmetic, with bit sets
 * in longs instead of arrays): runs every program of {@code org.torito.test.corpus.algorithms} in one boot, each
 * after its {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no
 * program of the package is left out.
 */
public final class AlgorithmsCorpus {
    private AlgorithmsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== Ackermann");
        Ackermann.main(args);
        Out.println("=== BinarySearch");
        BinarySearch.main(args);
        Out.println("=== BitSieve");
        BitSieve.main(args);
        Out.println("=== Calendar");
        Calendar.main(args);
        Out.println("=== Collatz");
        Collatz.main(args);
        Out.println("=== FibonacciMod");
        FibonacciMod.main(args);
        Out.println("=== FixedPointConstants");
        FixedPointConstants.main(args);
        Out.println("=== GameOfLife");
        GameOfLife.main(args);
        Out.println("=== GrayCodeSubsets");
        GrayCodeSubsets.main(args);
        Out.println("=== Hanoi");
        Hanoi.main(args);
        Out.println("=== Mandelbrot");
        Mandelbrot.main(args);
        Out.println("=== MillerRabin");
        MillerRabin.main(args);
        Out.println("=== NQueens");
        NQueens.main(args);
        Out.println("=== Permutations");
        Permutations.main(args);
    }
}
