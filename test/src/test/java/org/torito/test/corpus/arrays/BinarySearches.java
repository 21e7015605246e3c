package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Binary searches by hand: lower and upper bounds on a sorted int array with duplicates (checked against a
 * linear scan for every key in range), the insertion point encoding of a miss, a search in a rotated array,
 * a search over long and char arrays, and the first index at which a monotone predicate turns true.
 */
public final class BinarySearches {
    private static int low;
    private static int high;

    private BinarySearches() {
    }

    static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int upperBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of key, or -(insertion point) - 1. */
    static int search(long[] a, long key) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = a[mid];
            if (v < key) {
                lo = mid + 1;
            } else if (v > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    static int searchRotated(int[] a, int key) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] == key) {
                return mid;
            }
            if (a[lo] <= a[mid]) {
                if (a[lo] <= key && key < a[mid]) {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (a[mid] < key && key <= a[hi]) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
        }
        return -1;
    }

    static int searchChars(char[] a, char key) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] == key) {
                return mid;
            }
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Smallest x in [0, limit] with x * x * x >= target, by bisection on a monotone predicate. */
    static long cubeRootCeiling(long target, long limit) {
        long lo = 0;
        long hi = limit;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (mid * mid * mid >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public static void main(String[] args) {
        low = -3;
        high = 25;

        int[] sorted = {0, 1, 1, 1, 4, 6, 6, 9, 12, 12, 12, 12, 15, 20, 21, 21};
        int failures = 0;
        for (int key = low; key <= high; key++) {
            int linearLower = 0;
            while (linearLower < sorted.length && sorted[linearLower] < key) {
                linearLower++;
            }
            int linearUpper = linearLower;
            while (linearUpper < sorted.length && sorted[linearUpper] == key) {
                linearUpper++;
            }
            int lb = lowerBound(sorted, key);
            int ub = upperBound(sorted, key);
            if (lb != linearLower || ub != linearUpper) {
                failures++;
            }
            if (ub - lb > 1) {
                Out.print(key);
                Out.print('x');
                Out.print(ub - lb);
                Out.print(' ');
            }
        }
        Out.println();
        Out.println(failures);

        long[] big = new long[20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (long) i * i * 1_000_000_007L - 5_000_000_000L;
        }
        long[] keys = {big[0], big[19], big[7], big[7] + 1, big[0] - 1, big[19] + 1, -5_000_000_000L + low};
        for (long k : keys) {
            Out.print(search(big, k));
            Out.print(' ');
        }
        Out.println();
        Out.println(search(new long[0], high));

        int[] rotated = {15, 18, 22, 27, 31, 2, 3, 7, 9, 11};
        for (int k = 0; k <= 32; k += 1) {
            int at = searchRotated(rotated, k);
            if (at >= 0) {
                Out.print(k);
                Out.print('@');
                Out.print(at);
                Out.print(' ');
            }
        }
        Out.println();

        char[] alphabet = {'b', 'd', 'f', 'h', 'k', 'm', 'q', 'x', 'z'};
        for (char c = 'a'; c <= 'z'; c++) {
            Out.print(searchChars(alphabet, c) >= 0 ? upper(c) : c);
        }
        Out.println();

        long[] targets = {0, 1, 26, 27, 28, 1_000_000, 999_999_999_999L, 8_000_000_000_000_000_000L};
        for (long t : targets) {
            Out.print(cubeRootCeiling(t, 2_097_151L));
            Out.print(' ');
        }
        Out.println();
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
