package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Binary search over monotone functions instead of arrays: roots, logarithms, and the first failing input. */
public final class BinarySearch {
    private static long target;

    private BinarySearch() {
    }

    public static void main(String[] args) {
        target = 1000000000000L;
        Out.println(firstAtLeast(0, 2000000, 3));
        Out.println(firstAtLeast(0, 10000000, 2));
        target = 9223372036854775807L;
        Out.println(firstAtLeast(0, 3037000500L, 2));
        Out.println(firstAtLeast(0, 2097152, 3));
        for (long v = 1; v > 0 && v < 4000000000000000000L; v = v * 10 + 7) {
            Out.print(floorLog(v, 2));
            Out.print(",");
            Out.print(floorLog(v, 3));
            Out.print(",");
            Out.print(floorLog(v, 10));
            Out.print(" ");
        }
        Out.println();
        Out.println(firstBad(1, 2147483647, 1234567890));
        Out.println(firstBad(1, 2147483647, 2147483647));
        Out.println(firstBad(1, 2147483647, 1));
        Out.println(searchSteps(1, 1L << 62, 4611686018427387903L));
        for (int v = -20; v <= 20; v += 5) {
            Out.print(searchDescending(v));
            Out.print(" ");
        }
        Out.println();
    }

    /** The smallest x in [lo, hi] with x^power >= target (without overflow). */
    private static long firstAtLeast(long lo, long hi, int power) {
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (reaches(mid, power)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean reaches(long x, int power) {
        long r = 1;
        for (int i = 0; i < power; i++) {
            if (x != 0 && r > target / x) {
                return true;
            }
            r *= x;
        }
        return r >= target;
    }

    private static int floorLog(long v, int base) {
        int lo = 0;
        int hi = 63;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(base, mid, v)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether base^e <= v. */
    private static boolean fits(int base, int e, long v) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            if (r > v / base) {
                return false;
            }
            r *= base;
        }
        return r <= v;
    }

    /** The first version that is bad, when every version from {@code bad} on is; mid computed with >>>. */
    private static int firstBad(int lo, int hi, int bad) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mid >= bad) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int searchSteps(long lo, long hi, long wanted) {
        int steps = 0;
        while (lo < hi) {
            steps++;
            long mid = (lo + hi) >>> 1;
            if (mid < wanted) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == wanted ? steps : -steps;
    }

    /** The first i in [0, 100) where the decreasing function 50 - 2i drops to v or below, else 100. */
    private static int searchDescending(int v) {
        int lo = 0;
        int hi = 100;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (50 - 2 * mid <= v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
