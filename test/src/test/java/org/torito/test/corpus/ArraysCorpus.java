package org.torito.test.corpus;

import org.torito.test.corpus.arrays.BinarySearches;
import org.torito.test.corpus.arrays.BitSets;
import org.torito.test.corpus.arrays.DefaultValues;
import org.torito.test.corpus.arrays.DimensionFailures;
import org.torito.test.corpus.arrays.HandCopies;
import org.torito.test.corpus.arrays.IntSorts;
import org.torito.test.corpus.arrays.MatrixMultiply;
import org.torito.test.corpus.arrays.MultiDimensional;
import org.torito.test.corpus.arrays.MultiDimensionalCovariance;
import org.torito.test.corpus.arrays.NarrowElementStores;
import org.torito.test.corpus.arrays.ObjectGrids;
import org.torito.test.corpus.arrays.ObjectSorts;
import org.torito.test.corpus.arrays.PrefixSums;
import org.torito.test.corpus.arrays.RingBuffers;
import org.torito.test.corpus.arrays.Transposition;
import org.torito.test.support.Out;

/**
 * The arrays area of the differential corpus (multi-dimensional arrays, default values, matrix and prefix-sum
 * algorithms, searches and sorts by hand, bit sets, ring buffers, copies, covariance, the checks at each
 * dimension): runs every program of {@code org.torito.test.corpus.arrays} in one boot, each after its
 * {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no program of
 * the package is left out.
 */
public final class ArraysCorpus {
    private ArraysCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== BinarySearches");
        BinarySearches.main(args);
        Out.println("=== BitSets");
        BitSets.main(args);
        Out.println("=== DefaultValues");
        DefaultValues.main(args);
        Out.println("=== DimensionFailures");
        DimensionFailures.main(args);
        Out.println("=== HandCopies");
        HandCopies.main(args);
        Out.println("=== IntSorts");
        IntSorts.main(args);
        Out.println("=== MatrixMultiply");
        MatrixMultiply.main(args);
        Out.println("=== MultiDimensional");
        MultiDimensional.main(args);
        Out.println("=== MultiDimensionalCovariance");
        MultiDimensionalCovariance.main(args);
        Out.println("=== NarrowElementStores");
        NarrowElementStores.main(args);
        Out.println("=== ObjectGrids");
        ObjectGrids.main(args);
        Out.println("=== ObjectSorts");
        ObjectSorts.main(args);
        Out.println("=== PrefixSums");
        PrefixSums.main(args);
        Out.println("=== RingBuffers");
        RingBuffers.main(args);
        Out.println("=== Transposition");
        Transposition.main(args);
    }
}
