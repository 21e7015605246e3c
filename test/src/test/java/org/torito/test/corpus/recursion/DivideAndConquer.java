package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Divide and conquer: the maximum subarray sum by splitting at the middle (checked against Kadane's scan),
 * inversions counted while merge sorting, the majority element of halves, exponentiation by squaring
 * modulo a prime, Karatsuba multiplication of small longs checked against the product, and the closest
 * pair distance among points on a line.
 */
public final class DivideAndConquer {
    private static int seed;

    private DivideAndConquer() {
    }

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 16) & 0x7fff;
    }

    static long maxSubarray(int[] a, int lo, int hi) {
        if (lo == hi) {
            return a[lo];
        }
        int mid = (lo + hi) >>> 1;
        long left = maxSubarray(a, lo, mid);
        long right = maxSubarray(a, mid + 1, hi);
        long bestLeft = Long.MIN_VALUE;
        long sum = 0;
        for (int i = mid; i >= lo; i--) {
            sum += a[i];
            bestLeft = sum > bestLeft ? sum : bestLeft;
        }
        long bestRight = Long.MIN_VALUE;
        sum = 0;
        for (int i = mid + 1; i <= hi; i++) {
            sum += a[i];
            bestRight = sum > bestRight ? sum : bestRight;
        }
        long cross = bestLeft + bestRight;
        long m = left > right ? left : right;
        return m > cross ? m : cross;
    }

    static long kadane(int[] a) {
        long best = a[0];
        long current = a[0];
        for (int i = 1; i < a.length; i++) {
            current = current + a[i] > a[i] ? current + a[i] : a[i];
            best = current > best ? current : best;
        }
        return best;
    }

    static long inversions(int[] a, int[] scratch, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long n = inversions(a, scratch, lo, mid) + inversions(a, scratch, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) {
                n += mid - i;
                scratch[k++] = a[j++];
            } else {
                scratch[k++] = a[i++];
            }
        }
        while (i < mid) {
            scratch[k++] = a[i++];
        }
        while (j < hi) {
            scratch[k++] = a[j++];
        }
        for (k = lo; k < hi; k++) {
            a[k] = scratch[k];
        }
        return n;
    }

    /** The value occurring in more than half of a[lo, hi), or -1. */
    static int majority(int[] a, int lo, int hi) {
        if (hi - lo == 1) {
            return a[lo];
        }
        int mid = (lo + hi) >>> 1;
        int left = majority(a, lo, mid);
        int right = majority(a, mid, hi);
        if (left == right) {
            return left;
        }
        int lc = 0;
        int rc = 0;
        for (int i = lo; i < hi; i++) {
            if (a[i] == left) {
                lc++;
            }
            if (a[i] == right) {
                rc++;
            }
        }
        int half = (hi - lo) / 2;
        return lc > half ? left : rc > half ? right : -1;
    }

    static long power(long base, long exponent, long mod) {
        if (exponent == 0) {
            return 1 % mod;
        }
        long half = power(base, exponent / 2, mod);
        long square = half * half % mod;
        return (exponent & 1) == 0 ? square : square * (base % mod) % mod;
    }

    static long karatsuba(long x, long y) {
        if (x < 16 || y < 16) {
            return x * y;
        }
        int bits = 64 - leadingZeros(x > y ? x : y);
        int half = bits / 2;
        long mask = (1L << half) - 1;
        long xHigh = x >>> half;
        long xLow = x & mask;
        long yHigh = y >>> half;
        long yLow = y & mask;
        long high = karatsuba(xHigh, yHigh);
        long low = karatsuba(xLow, yLow);
        long middle = karatsuba(xHigh + xLow, yHigh + yLow) - high - low;
        return (high << (2 * half)) + (middle << half) + low;
    }

    static int leadingZeros(long v) {
        int n = 0;
        for (long bit = 1L << 63; bit != 0 && (v & bit) == 0; bit >>>= 1) {
            n++;
        }
        return n;
    }

    /** Smallest gap between neighbours of sorted[lo, hi], by halves and the pair across the middle. */
    static int closest(int[] sorted, int lo, int hi) {
        if (hi - lo < 1) {
            return Integer.MAX_VALUE;
        }
        if (hi - lo == 1) {
            return sorted[hi] - sorted[lo];
        }
        int mid = (lo + hi) >>> 1;
        int left = closest(sorted, lo, mid);
        int right = closest(sorted, mid + 1, hi);
        int across = sorted[mid + 1] - sorted[mid];
        int m = left < right ? left : right;
        return m < across ? m : across;
    }

    public static void main(String[] args) {
        seed = 2024;

        int[] values = new int[64];
        for (int i = 0; i < values.length; i++) {
            values[i] = next() % 201 - 100;
        }
        Out.println(maxSubarray(values, 0, values.length - 1));
        Out.println(kadane(values));
        int[] negatives = {-5, -2, -9, -1, -7};
        Out.println(maxSubarray(negatives, 0, negatives.length - 1));

        int[] copy = new int[values.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = values[i];
        }
        long fast = inversions(copy, new int[copy.length], 0, copy.length);
        long slow = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if (values[i] > values[j]) {
                    slow++;
                }
            }
        }
        Out.print(fast);
        Out.print(' ');
        Out.println(fast == slow);
        Out.println(closest(copy, 0, copy.length - 1));

        int[] votes = {4, 1, 4, 4, 2, 4, 3, 4, 4, 1, 4};
        int[] split = {1, 2, 1, 2, 3, 3};
        Out.print(majority(votes, 0, votes.length));
        Out.print(' ');
        Out.print(majority(split, 0, split.length));
        Out.println();

        long prime = 1_000_000_007L;
        Out.println(power(2, 1_000_000_006L, prime));
        Out.println(power(seed, 123_456_789L, prime));
        Out.println(power(3, 0, 1));

        long[][] pairs = {{12345, 6789}, {99999, 99999}, {1L << 30, 3}, {2_147_483_647L, 1_000_003L}, {15, 15},
            {seed, seed * 1000L}};
        for (long[] p : pairs) {
            long k = karatsuba(p[0], p[1]);
            Out.print(k);
            Out.print(k == p[0] * p[1] ? " ok " : " WRONG ");
        }
        Out.println();
    }
}
