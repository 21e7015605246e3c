package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Gray codes and their inverse, subset sums by bitmask enumeration, and the subsets of a mask via (s - 1) & mask. */
public final class GrayCodeSubsets {
    private static int bits;

    private GrayCodeSubsets() {
    }

    public static void main(String[] args) {
        bits = 4;
        for (int i = 0; i < 1 << bits; i++) {
            int g = i ^ (i >>> 1);
            printBinary(g, bits);
            Out.print(inverseGray(g) == i ? "+" : "!");
            Out.print(" ");
        }
        Out.println();
        int ok = 0;
        for (int i = 0; i < 1 << 16; i++) {
            int g = i ^ (i >>> 1);
            int next = (i + 1) ^ ((i + 1) >>> 1);
            int diff = g ^ next;
            if (diff != 0 && (diff & (diff - 1)) == 0 && inverseGray(g) == i) {
                ok++;
            }
        }
        Out.println(ok);
        int target = 50;
        int solutions = 0;
        int smallest = 99;
        for (int mask = 0; mask < 1 << 12; mask++) {
            int sum = 0;
            int size = 0;
            for (int k = 0; k < 12; k++) {
                if ((mask & (1 << k)) != 0) {
                    sum += value(k);
                    size++;
                }
            }
            if (sum == target) {
                solutions++;
                if (size < smallest) {
                    smallest = size;
                }
            }
        }
        Out.println(solutions);
        Out.println(smallest);
        int mask = 0b101101;
        int count = 0;
        for (int s = mask; ; s = (s - 1) & mask) {
            printBinary(s, 6);
            Out.print(" ");
            count++;
            if (s == 0) {
                break;
            }
        }
        Out.println();
        Out.println(count);
        long combination = 0b111;
        for (int i = 0; i < 10; i++) {
            Out.print(combination);
            Out.print(" ");
            combination = nextSameBitCount(combination);
        }
        Out.println();
    }

    private static int inverseGray(int g) {
        int n = g;
        for (int shift = 1; shift < 32; shift <<= 1) {
            n ^= n >>> shift;
        }
        return n;
    }

    private static int value(int k) {
        return 3 + k * 7 % 13;
    }

    /** Gosper's hack: the next larger number with the same number of one bits. */
    private static long nextSameBitCount(long x) {
        long c = x & -x;
        long r = x + c;
        return (((r ^ x) >>> 2) / c) | r;
    }

    private static void printBinary(int v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            Out.print((char) ('0' + ((v >>> i) & 1)));
        }
    }
}
