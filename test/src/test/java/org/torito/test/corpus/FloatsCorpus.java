package org.torito.test.corpus;

import org.torito.test.corpus.floats.CompoundAssignments;
import org.torito.test.corpus.floats.Conversions;
import org.torito.test.corpus.floats.DivisionByZero;
import org.torito.test.corpus.floats.FloatVersusDouble;
import org.torito.test.corpus.floats.GaussianElimination;
import org.torito.test.corpus.floats.Horner;
import org.torito.test.corpus.floats.KahanSummation;
import org.torito.test.corpus.floats.MixedPrecision;
import org.torito.test.corpus.floats.NaNComparisons;
import org.torito.test.corpus.floats.NewtonSqrt;
import org.torito.test.corpus.floats.Remainders;
import org.torito.test.corpus.floats.RoundingByCasts;
import org.torito.test.corpus.floats.Series;
import org.torito.test.corpus.floats.SignedZeros;
import org.torito.test.corpus.floats.Subnormals;
import org.torito.test.corpus.floats.SumsAndProducts;
import org.torito.test.support.Out;

/**
 * The floats area of the differential corpus (float and double arithmetic, special values, conversions,
 * remainders, precision and iterative numerics, printed as bits): runs every program of
 * {@code org.torito.test.corpus.floats} in one boot, each after its {@code === name} line, so that a mismatch
 * names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class FloatsCorpus {
    private FloatsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== CompoundAssignments");
        CompoundAssignments.main(args);
        Out.println("=== Conversions");
        Conversions.main(args);
        Out.println("=== DivisionByZero");
        DivisionByZero.main(args);
        Out.println("=== FloatVersusDouble");
        FloatVersusDouble.main(args);
        Out.println("=== GaussianElimination");
        GaussianElimination.main(args);
        Out.println("=== Horner");
        Horner.main(args);
        Out.println("=== KahanSummation");
        KahanSummation.main(args);
        Out.println("=== MixedPrecision");
        MixedPrecision.main(args);
        Out.println("=== NaNComparisons");
        NaNComparisons.main(args);
        Out.println("=== NewtonSqrt");
        NewtonSqrt.main(args);
        Out.println("=== Remainders");
        Remainders.main(args);
        Out.println("=== RoundingByCasts");
        RoundingByCasts.main(args);
        Out.println("=== Series");
        Series.main(args);
        Out.println("=== SignedZeros");
        SignedZeros.main(args);
        Out.println("=== Subnormals");
        Subnormals.main(args);
        Out.println("=== SumsAndProducts");
        SumsAndProducts.main(args);
    }
}
