package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Recursion over a thousand frames deep (the boot stack is 64 KiB): linear sums, an accumulator, tak. */
public final class DeepRecursion {
    private static int depth;
    private static int maxDepth;

    private DeepRecursion() {
    }

    public static void main(String[] args) {
        depth = 0;
        maxDepth = 0;
        Out.println(sum(1000));
        Out.println(sumLong(600, 0L));
        Out.println(countDown(1200));
        Out.println(tracked(1000));
        Out.println(maxDepth);
        Out.println(depth);
        Out.println(digits(9223372036854775807L));
        Out.println(binaryRecursion(15));
        Out.println(tak(18, 12, 6));
    }

    private static int sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    private static long sumLong(int n, long acc) {
        if (n == 0) {
            return acc;
        }
        return sumLong(n - 1, acc + (long) n * n * n);
    }

    private static int countDown(int n) {
        if (n > 0) {
            return countDown(n - 1) + 1;
        }
        return 0;
    }

    private static int tracked(int n) {
        depth++;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        int r = n <= 0 ? 0 : tracked(n - 1) + (n & 3);
        depth--;
        return r;
    }

    private static int digits(long v) {
        return v < 10 ? 1 : 1 + digits(v / 10);
    }

    private static long binaryRecursion(int n) {
        return n == 0 ? 1 : binaryRecursion(n - 1) + binaryRecursion(n - 1) + n;
    }

    private static int tak(int x, int y, int z) {
        if (y < x) {
            return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
        }
        return z;
    }
}
