package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Collatz (3n+1) chain lengths and peaks below 30000, in long arithmetic. */
public final class Collatz {
    private static int limit;
    private static long peak;

    private Collatz() {
    }

    public static void main(String[] args) {
        limit = 30000;
        int bestStart = 1;
        int bestLength = 1;
        long highestPeak = 0;
        int peakStart = 0;
        long totalSteps = 0;
        for (int n = 1; n < limit; n++) {
            int length = length(n);
            totalSteps += length;
            if (length > bestLength) {
                bestLength = length;
                bestStart = n;
            }
            if (peak > highestPeak) {
                highestPeak = peak;
                peakStart = n;
            }
        }
        Out.println(bestStart);
        Out.println(bestLength);
        Out.println(peakStart);
        Out.println(highestPeak);
        Out.println(totalSteps);
        for (int n = 1; n <= 20; n++) {
            Out.print(length(n));
            Out.print(" ");
        }
        Out.println();
        Out.println(length(837799));
        Out.println(recursiveLength(27));
        Out.println(length(1L << 40 | 1));
    }

    private static int length(long n) {
        int steps = 1;
        peak = n;
        while (n != 1) {
            n = (n & 1) == 0 ? n >>> 1 : 3 * n + 1;
            if (n > peak) {
                peak = n;
            }
            steps++;
        }
        return steps;
    }

    private static int recursiveLength(long n) {
        if (n == 1) {
            return 1;
        }
        return 1 + recursiveLength(n % 2 == 0 ? n / 2 : 3 * n + 1);
    }
}
