package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * -0.0 and 0.0 compare equal but have different bits and different reciprocals; sums, differences, products,
 * negation, conversions and rounding of small values keep or lose the sign as IEEE 754 says.
 */
public final class SignedZeros {
    private static double pz;
    private static double nz;
    private static float fpz;
    private static float fnz;
    private static double tiny;

    private SignedZeros() {
    }

    public static void main(String[] args) {
        pz = 0.0;
        nz = -pz;
        fpz = 0f;
        fnz = -fpz;
        tiny = 1e-300;
        Out.println(pz);
        Out.println(nz);
        Out.println(fpz);
        Out.println(fnz);
        Out.print(pz == nz);
        Out.print(pz < nz);
        Out.print(nz < pz);
        Out.print(fpz == fnz);
        Out.println();
        Out.println(1 / pz);
        Out.println(1 / nz);
        Out.println(1 / fnz);
        Out.println(pz + nz);
        Out.println(nz + nz);
        Out.println(nz - pz);
        Out.println(pz - pz);
        Out.println(nz - nz);
        Out.println(nz * 5);
        Out.println(nz * -5);
        Out.println(pz * -5);
        Out.println(nz / 7);
        Out.println(-(pz - pz));
        Out.println(0 - pz);
        Out.println(-pz);
        Out.println(tiny * -tiny);
        Out.println(-tiny * tiny * 0);
        Out.println((float) -tiny);
        Out.println((double) fnz);
        Out.println((float) nz);
        Out.println((int) nz);
        Out.println((long) fnz);
        Out.println(nz % 3);
        Out.println(-3.0 % 3);
        Out.println(3.0 % -3);
        double sum = nz;
        for (int i = 0; i < 3; i++) {
            sum += nz;
        }
        Out.println(sum);
        sum += pz;
        Out.println(sum);
        Out.println(nz < 0 ? 1 : nz > 0 ? 2 : 3);
        Out.println(copySignFree(nz));
        Out.println(copySignFree(pz));
    }

    /** Tells -0.0 from 0.0 without bit access: only the reciprocal shows the sign. */
    static int copySignFree(double z) {
        return 1 / z < 0 ? -1 : 1;
    }
}
