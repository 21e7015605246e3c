package org.torito.test.corpus;

import org.torito.test.corpus.integers.BitCounting;
import org.torito.test.corpus.integers.CompareExtremes;
import org.torito.test.corpus.integers.Crc32;
import org.torito.test.corpus.integers.DivisionCorners;
import org.torito.test.corpus.integers.GcdLcm;
import org.torito.test.corpus.integers.HexAndRadix;
import org.torito.test.corpus.integers.IntOverflow;
import org.torito.test.corpus.integers.IntegerSqrt;
import org.torito.test.corpus.integers.MulHigh;
import org.torito.test.corpus.integers.NarrowingCasts;
import org.torito.test.corpus.integers.PowMod;
import org.torito.test.corpus.integers.ShiftCounts;
import org.torito.test.corpus.integers.UnsignedArithmetic;
import org.torito.test.corpus.integers.Xorshift;
import org.torito.test.support.Out;

/**
 * The integers area of the differential corpus (int and long arithmetic corner cases and hand-written
 * Integer/Long-style algorithms): runs every program of {@code org.torito.test.corpus.integers} in one boot,
 * each after its {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no
 * program of the package is left out.
 */
public final class IntegersCorpus {
    private IntegersCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== BitCounting");
        BitCounting.main(args);
        Out.println("=== CompareExtremes");
        CompareExtremes.main(args);
        Out.println("=== Crc32");
        Crc32.main(args);
        Out.println("=== DivisionCorners");
        DivisionCorners.main(args);
        Out.println("=== GcdLcm");
        GcdLcm.main(args);
        Out.println("=== HexAndRadix");
        HexAndRadix.main(args);
        Out.println("=== IntOverflow");
        IntOverflow.main(args);
        Out.println("=== IntegerSqrt");
        IntegerSqrt.main(args);
        Out.println("=== MulHigh");
        MulHigh.main(args);
        Out.println("=== NarrowingCasts");
        NarrowingCasts.main(args);
        Out.println("=== PowMod");
        PowMod.main(args);
        Out.println("=== ShiftCounts");
        ShiftCounts.main(args);
        Out.println("=== UnsignedArithmetic");
        UnsignedArithmetic.main(args);
        Out.println("=== Xorshift");
        Xorshift.main(args);
    }
}
