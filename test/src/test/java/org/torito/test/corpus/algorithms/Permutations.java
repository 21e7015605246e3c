package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Permutations by recursion with a used-bitmask, derangements, the k-th permutation, and the next-permutation step. */
public final class Permutations {
    private static int n;
    private static int count;
    private static int derangements;

    private Permutations() {
    }

    public static void main(String[] args) {
        n = 4;
        count = 0;
        derangements = 0;
        permute(0, 0, 0);
        Out.println();
        Out.println(count);
        Out.println(derangements);
        for (n = 1; n <= 8; n++) {
            count = 0;
            derangements = 0;
            permute(0, 0, 0);
            Out.print(count);
            Out.print("/");
            Out.print(derangements);
            Out.print(" ");
        }
        Out.println();
        n = 9;
        long factorial = 1;
        for (int i = 2; i <= n; i++) {
            factorial *= i;
        }
        for (long k = 0; k < factorial; k += 40319) {
            Out.print(kthPermutation(n, k));
            Out.print(" ");
        }
        Out.println();
        long p = 123456789L;
        for (int i = 0; i < 10; i++) {
            p = nextPermutation(p);
            Out.print(p);
            Out.print(" ");
        }
        Out.println();
        Out.println(nextPermutation(987654321L));
        Out.println(binomial(60, 30));
        Out.println(catalan(19));
    }

    /** Builds permutations of 1..n as decimal digits; prints them when n == 4. */
    private static void permute(int position, int used, long digits) {
        if (position == n) {
            count++;
            if (isDerangement(digits)) {
                derangements++;
            }
            if (n == 4) {
                Out.print(digits);
                Out.print(" ");
            }
            return;
        }
        for (int v = 1; v <= n; v++) {
            if ((used & (1 << v)) == 0) {
                permute(position + 1, used | 1 << v, digits * 10 + v);
            }
        }
    }

    private static boolean isDerangement(long digits) {
        for (int position = n; position >= 1; position--) {
            if (digits % 10 == position) {
                return false;
            }
            digits /= 10;
        }
        return true;
    }

    private static long kthPermutation(int size, long k) {
        int used = 0;
        long result = 0;
        long block = 1;
        for (int i = 2; i < size; i++) {
            block *= i;
        }
        for (int position = 0; position < size; position++) {
            long index = k / block;
            k %= block;
            int v = 0;
            for (int candidate = 1; candidate <= size; candidate++) {
                if ((used & (1 << candidate)) == 0) {
                    if (index == 0) {
                        v = candidate;
                        break;
                    }
                    index--;
                }
            }
            used |= 1 << v;
            result = result * 10 + v;
            if (size - position - 1 > 0) {
                block /= size - position - 1 == 0 ? 1 : size - position - 1;
            }
        }
        return result;
    }

    private static int digitAt(long v, int i) {
        for (int k = 0; k < i; k++) {
            v /= 10;
        }
        return (int) (v % 10);
    }

    private static long withDigit(long v, int i, int d) {
        long p = 1;
        for (int k = 0; k < i; k++) {
            p *= 10;
        }
        return v - digitAt(v, i) * p + d * p;
    }

    /** The next larger number with the same digits (digit 0 is the last), or -1. */
    private static long nextPermutation(long v) {
        int len = 0;
        for (long t = v; t > 0; t /= 10) {
            len++;
        }
        int i = 1;
        while (i < len && digitAt(v, i) >= digitAt(v, i - 1)) {
            i++;
        }
        if (i == len) {
            return -1;
        }
        int j = 0;
        while (digitAt(v, j) <= digitAt(v, i)) {
            j++;
        }
        int di = digitAt(v, i);
        int dj = digitAt(v, j);
        v = withDigit(withDigit(v, i, dj), j, di);
        for (int lo = 0, hi = i - 1; lo < hi; lo++, hi--) {
            int a = digitAt(v, lo);
            int b = digitAt(v, hi);
            v = withDigit(withDigit(v, lo, b), hi, a);
        }
        return v;
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    private static long catalan(int n) {
        return binomial(2 * n, n) / (n + 1);
    }
}
