package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Array copies written by hand: copy-of-range with padding, growing, overlapping moves within one array in
 * both directions (memmove semantics), rotation by three reversals, shallow and deep copies of a 2-D array
 * (a write through the shallow copy shows in the original), and copying an object array into a wider type.
 */
public final class HandCopies {
    private static int shift;

    private HandCopies() {
    }

    static int[] copyOfRange(int[] a, int from, int to) {
        int[] r = new int[to - from];
        for (int i = from; i < to && i < a.length; i++) {
            r[i - from] = a[i];
        }
        return r;
    }

    /** Moves length elements from src to dst within a, correct when the ranges overlap. */
    static void move(int[] a, int src, int dst, int length) {
        if (dst < src) {
            for (int i = 0; i < length; i++) {
                a[dst + i] = a[src + i];
            }
        } else {
            for (int i = length - 1; i >= 0; i--) {
                a[dst + i] = a[src + i];
            }
        }
    }

    static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void rotateLeft(int[] a, int k) {
        k %= a.length;
        reverse(a, 0, k);
        reverse(a, k, a.length);
        reverse(a, 0, a.length);
    }

    static int[][] shallow(int[][] m) {
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i];
        }
        return c;
    }

    static int[][] deep(int[][] m) {
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = copyOfRange(m[i], 0, m[i].length);
        }
        return c;
    }

    static void print(int[] a) {
        for (int v : a) {
            Out.print(v);
            Out.print(' ');
        }
        Out.println();
    }

    public static void main(String[] args) {
        shift = 3;

        int[] base = new int[10];
        for (int i = 0; i < base.length; i++) {
            base[i] = i + 1;
        }
        print(copyOfRange(base, shift, shift + 4));
        print(copyOfRange(base, 7, 7 + shift + 2));
        print(copyOfRange(base, 0, 0));

        int[] forward = copyOfRange(base, 0, 10);
        move(forward, 0, shift, 6);
        print(forward);
        int[] backward = copyOfRange(base, 0, 10);
        move(backward, shift, 0, 7);
        print(backward);
        int[] naive = copyOfRange(base, 0, 10);
        for (int i = 0; i < 6; i++) {
            naive[shift + i] = naive[i];
        }
        print(naive);

        int[] rotated = copyOfRange(base, 0, 10);
        rotateLeft(rotated, shift);
        print(rotated);
        rotateLeft(rotated, 10 - shift + 20);
        print(rotated);

        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grid[i][j] = i * 4 + j;
            }
        }
        int[][] s = shallow(grid);
        int[][] d = deep(grid);
        s[1][2] = -1;
        d[2][3] = -2;
        Out.print(grid[1][2]);
        Out.print(' ');
        Out.print(grid[2][3]);
        Out.print(' ');
        Out.print(d[1][2]);
        Out.print(' ');
        Out.print(s[1] == grid[1]);
        Out.print(' ');
        Out.print(d[1] == grid[1]);
        Out.println();

        String[] names = {"x", "y", "z"};
        Object[] wider = new Object[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            wider[i + 1] = names[i];
        }
        wider[0] = base;
        Out.print(wider[3] == names[2]);
        Out.print(wider[0] instanceof int[]);
        Out.print(wider instanceof String[]);
        Out.println();

        long[] longs = new long[5];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = (long) base[i] << 40;
        }
        long[] longCopy = new long[longs.length * 2];
        for (int i = 0; i < longs.length; i++) {
            longCopy[2 * i] = longs[i];
            longCopy[2 * i + 1] = -longs[i];
        }
        for (long v : longCopy) {
            Out.print(v);
            Out.print(' ');
        }
        Out.println();
        char[] word = {'c', 'o', 'p', 'y'};
        char[] doubled = new char[word.length * 2];
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] = word[i % word.length];
        }
        for (char c : doubled) {
            Out.print(c);
        }
        Out.println();
    }
}
