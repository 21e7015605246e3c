package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Series summed term by term: e by 1/n!, pi by Leibniz (slowly) and by Nilakantha, ln 2 by the alternating
 * harmonic series, the harmonic numbers forwards and backwards (different roundings), in double and float.
 */
public final class Series {
    private static int terms;

    private Series() {
    }

    public static void main(String[] args) {
        terms = 10000;
        double e = 1;
        double term = 1;
        for (int n = 1; n < 25; n++) {
            term /= n;
            e += term;
        }
        Out.println(e);
        float ef = 1;
        float termf = 1;
        for (int n = 1; n < 15; n++) {
            termf /= n;
            ef += termf;
        }
        Out.println(ef);

        double leibniz = 0;
        for (int k = 0; k < terms; k++) {
            leibniz += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        }
        Out.println(leibniz);
        float leibnizf = 0;
        for (int k = 0; k < terms; k++) {
            leibnizf += (k % 2 == 0 ? 4f : -4f) / (2 * k + 1);
        }
        Out.println(leibnizf);

        double nilakantha = 3;
        double sign = 1;
        for (int k = 2; k < 2 * 200; k += 2) {
            nilakantha += sign * 4 / ((double) k * (k + 1) * (k + 2));
            sign = -sign;
        }
        Out.println(nilakantha);

        double ln2 = 0;
        for (int k = 1; k <= terms; k++) {
            ln2 += (k % 2 == 1 ? 1.0 : -1.0) / k;
        }
        Out.println(ln2);

        double forward = 0;
        for (int k = 1; k <= terms; k++) {
            forward += 1.0 / k;
        }
        double backward = 0;
        for (int k = terms; k >= 1; k--) {
            backward += 1.0 / k;
        }
        Out.println(forward);
        Out.println(backward);
        Out.println(forward - backward);
        float forwardf = 0;
        for (int k = 1; k <= terms; k++) {
            forwardf += 1f / k;
        }
        float backwardf = 0;
        for (int k = terms; k >= 1; k--) {
            backwardf += 1f / k;
        }
        Out.println(forwardf);
        Out.println(backwardf);

        double wallis = 1;
        for (int k = 1; k <= 1000; k++) {
            double four = 4.0 * k * k;
            wallis *= four / (four - 1);
        }
        Out.println(wallis * 2);
    }
}
