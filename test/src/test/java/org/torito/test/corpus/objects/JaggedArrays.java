package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Arrays of arrays built row by row (no multianewarray): Pascal's triangle, a matrix product, rows shared
 * between two arrays, three levels of nesting, and arrays of long, char and object rows.
 */
public final class JaggedArrays {
    private static int rows;

    private JaggedArrays() {
    }

    static long[][] pascal(int n) {
        long[][] t = new long[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new long[i + 1];
            t[i][0] = 1;
            t[i][i] = 1;
            for (int j = 1; j < i; j++) {
                t[i][j] = t[i - 1][j - 1] + t[i - 1][j];
            }
        }
        return t;
    }

    static int[][] matrix(int r, int c, int seed) {
        int[][] m = new int[r][];
        for (int i = 0; i < r; i++) {
            m[i] = new int[c];
            for (int j = 0; j < c; j++) {
                m[i][j] = (i * 7 + j * 3 + seed) % 11 - 5;
            }
        }
        return m;
    }

    static int[][] multiply(int[][] a, int[][] b) {
        int[][] p = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            p[i] = new int[b[0].length];
            for (int j = 0; j < b[0].length; j++) {
                int s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[i][k] * b[k][j];
                }
                p[i][j] = s;
            }
        }
        return p;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            for (int v : row) {
                Out.print(v);
                Out.print(' ');
            }
            Out.println();
        }
    }

    public static void main(String[] args) {
        rows = 12;
        long[][] t = pascal(rows);
        for (long[] row : t) {
            for (long v : row) {
                Out.print(v);
                Out.print(' ');
            }
            Out.println();
        }
        Out.println(pascal(61)[60][30]);

        int[][] a = matrix(3, 4, 1);
        int[][] b = matrix(4, 2, 5);
        print(a);
        print(b);
        print(multiply(a, b));

        int[][] shared = new int[2][];
        shared[0] = a[1];
        shared[1] = a[1];
        shared[0][0] = 999;
        Out.println(shared[1][0]);
        Out.println(a[1][0]);
        Out.print(shared[0] == shared[1]);
        Out.print(shared[0] == a[1]);
        Out.print(shared == a);
        Out.println();

        char[][][] cube = new char[3][][];
        for (int i = 0; i < cube.length; i++) {
            cube[i] = new char[i + 1][];
            for (int j = 0; j <= i; j++) {
                cube[i][j] = new char[j + 2];
                for (int k = 0; k < cube[i][j].length; k++) {
                    cube[i][j][k] = (char) ('a' + i + j + k);
                }
            }
        }
        for (char[][] plane : cube) {
            for (char[] line : plane) {
                for (char ch : line) {
                    Out.print(ch);
                }
                Out.print('|');
            }
            Out.println();
        }

        String[][] words = new String[2][];
        words[0] = new String[] {"one", "two"};
        words[1] = new String[3];
        words[1][1] = "middle";
        for (String[] line : words) {
            for (String w : line) {
                Out.print(w == null ? "-" : w);
                Out.print(' ');
            }
            Out.println();
        }
        Object o = words;
        Out.print(o instanceof Object[][]);
        Out.print(o instanceof Object[]);
        Out.print(o instanceof String[][]);
        Out.print(cube instanceof Object[]);
        Out.println();
        int[][] empty = new int[3][];
        Out.print(empty[1] == null);
        Out.println();
    }
}
