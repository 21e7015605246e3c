package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Rearranging two-dimensional arrays: a rectangular transpose into a new array, an in-place square transpose,
 * a quarter turn, transposing twice as the identity, the spiral order of a rectangle, and a transpose of
 * object rows that keeps the elements identical.
 */
public final class Transposition {
    private static int rows;
    private static int columns;

    private Transposition() {
    }

    static int[][] numbered(int r, int c) {
        int[][] m = new int[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                m[i][j] = i * c + j;
            }
        }
        return m;
    }

    static int[][] transpose(int[][] m) {
        int[][] t = new int[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    static void transposeInPlace(int[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                int t = m[i][j];
                m[i][j] = m[j][i];
                m[j][i] = t;
            }
        }
    }

    static int[][] rotateClockwise(int[][] m) {
        int[][] r = new int[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                r[j][m.length - 1 - i] = m[i][j];
            }
        }
        return r;
    }

    static void spiral(int[][] m) {
        int top = 0;
        int bottom = m.length - 1;
        int left = 0;
        int right = m[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) {
                Out.print(m[top][j]);
                Out.print(' ');
            }
            top++;
            for (int i = top; i <= bottom; i++) {
                Out.print(m[i][right]);
                Out.print(' ');
            }
            right--;
            if (top <= bottom) {
                for (int j = right; j >= left; j--) {
                    Out.print(m[bottom][j]);
                    Out.print(' ');
                }
                bottom--;
            }
            if (left <= right) {
                for (int i = bottom; i >= top; i--) {
                    Out.print(m[i][left]);
                    Out.print(' ');
                }
                left++;
            }
        }
        Out.println();
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            for (int v : row) {
                if (v < 10) {
                    Out.print(' ');
                }
                Out.print(v);
                Out.print(' ');
            }
            Out.println();
        }
    }

    static boolean same(int[][] a, int[][] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] != b[i][j]) {
                    return false;
                }
            }
        }
        return a.length == b.length;
    }

    public static void main(String[] args) {
        rows = 3;
        columns = 5;

        int[][] m = numbered(rows, columns);
        int[][] t = transpose(m);
        print(t);
        Out.println(same(transpose(t), m));
        print(rotateClockwise(m));
        int[][] r = m;
        for (int k = 0; k < 4; k++) {
            r = rotateClockwise(r);
        }
        Out.println(same(r, m));

        int[][] square = numbered(columns - 1, columns - 1);
        int[] firstRow = square[0];
        transposeInPlace(square);
        print(square);
        Out.println(firstRow == square[0]);
        Out.println(same(square, transpose(numbered(columns - 1, columns - 1))));

        spiral(m);
        spiral(numbered(columns, columns));
        spiral(numbered(1, columns));
        spiral(numbered(rows, 1));

        String[][] names = new String[2][3];
        String[] words = {"ant", "bee", "cat", "dog", "eel", "fox"};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                names[i][j] = words[i * 3 + j];
            }
        }
        String[][] flipped = new String[3][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                flipped[j][i] = names[i][j];
            }
        }
        for (String[] line : flipped) {
            Out.print(line[0]);
            Out.print(' ');
            Out.println(line[1]);
        }
        Out.println(flipped[2][1] == words[5]);
    }
}
