package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Arrays made by multianewarray: {@code new int[a][b][c]}, {@code new long[a][b]}, a partial
 * {@code new int[a][b][]} whose last level stays null, a zero in the middle dimension, and checks that the
 * rows are distinct arrays, that lengths are right at every level and that every element is written once.
 */
public final class MultiDimensional {
    private static int planes;
    private static int rows;
    private static int columns;

    private MultiDimensional() {
    }

    public static void main(String[] args) {
        planes = 3;
        rows = 4;
        columns = 5;

        int[][][] cube = new int[planes][rows][columns];
        Out.print(cube.length);
        Out.print(' ');
        Out.print(cube[2].length);
        Out.print(' ');
        Out.print(cube[2][3].length);
        Out.println();
        for (int p = 0; p < planes; p++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cube[p][r][c] += p * 100 + r * 10 + c;
                }
            }
        }
        long sum = 0;
        for (int[][] plane : cube) {
            for (int[] row : plane) {
                for (int v : row) {
                    sum += v;
                }
            }
        }
        Out.println(sum);
        Out.println(cube[1][2][3]);
        Out.println(cube[2][3][4]);
        Out.print(cube[0] != cube[1]);
        Out.print(cube[1][0] != cube[1][1]);
        Out.print(cube[0][0] != cube[1][0]);
        Out.println();

        long[][] wide = new long[rows - 2][columns - 2];
        for (int i = 0; i < wide.length; i++) {
            for (int j = 0; j < wide[i].length; j++) {
                wide[i][j] = (1L << (31 + i * 3 + j)) - j;
            }
        }
        for (long[] row : wide) {
            for (long v : row) {
                Out.print(v);
                Out.print(' ');
            }
            Out.println();
        }

        int[][][] partial = new int[planes - 1][rows - 1][];
        Out.print(partial.length);
        Out.print(' ');
        Out.print(partial[1].length);
        Out.print(' ');
        Out.print(partial[1][2] == null);
        Out.println();
        partial[1][2] = new int[columns * 2];
        partial[1][2][9] = 42;
        Out.println(partial[1][2][9] + partial[1][2].length);

        int[][][] hollow = new int[planes][0][columns];
        Out.print(hollow.length);
        Out.print(' ');
        Out.print(hollow[2].length);
        Out.print(' ');
        Out.print(hollow[0] != hollow[1]);
        Out.println();

        byte[][] bytes = new byte[2][rows];
        bytes[1][3] = (byte) (columns * 50);
        Out.println(bytes[1][3]);
        char[][] letters = new char[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                letters[r][c] = (char) ('a' + r * columns + c);
            }
        }
        for (char[] line : letters) {
            for (char ch : line) {
                Out.print(ch);
            }
            Out.print('/');
        }
        Out.println();
        double[][] grid = new double[2][2];
        grid[1][1] = planes / (double) rows;
        Out.println(grid[1][1]);
        Out.println(grid[0][1]);

        int[][][][] four = new int[2][2][2][2];
        int n = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    for (int d = 0; d < 2; d++) {
                        four[a][b][c][d] = n++;
                    }
                }
            }
        }
        Out.println(four[1][0][1][1] * 100 + four[0][1][1][0]);
    }
}
