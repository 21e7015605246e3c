package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * The checks at each dimension: ArrayIndexOutOfBoundsException from the first, second and third index of a
 * read and of a write (below zero, at the length, at Integer.MIN_VALUE and MAX_VALUE), and
 * NegativeArraySizeException from each count of multianewarray, including a negative count after a zero
 * one (JVMS 6.5 multianewarray checks every count first) and from anewarray and newarray; an element write
 * whose index fails leaves the array untouched, and the program goes on with each array afterwards.
 */
public final class DimensionFailures {
    private static int minus;
    private static int two;
    private static int zero;

    private DimensionFailures() {
    }

    static String read(int[][][] cube, int i, int j, int k) {
        try {
            int v = cube[i][j][k];
            return v == 0 ? "0" : "v";
        } catch (ArrayIndexOutOfBoundsException e) {
            return "AIOOBE";
        } catch (NullPointerException e) {
            return "NPE";
        }
    }

    static String write(long[][] grid, int i, int j) {
        try {
            grid[i][j] = 99;
            return "ok";
        } catch (ArrayIndexOutOfBoundsException e) {
            return "AIOOBE";
        }
    }

    static String allocate(int kind) {
        try {
            Object a;
            switch (kind) {
                case 0:
                    a = new int[minus][two];
                    break;
                case 1:
                    a = new int[two][minus];
                    break;
                case 2:
                    a = new int[two][two][minus];
                    break;
                case 3:
                    a = new int[zero][minus];
                    break;
                case 4:
                    a = new String[two][minus][];
                    break;
                case 5:
                    a = new long[minus][];
                    break;
                case 6:
                    a = new Object[minus * two];
                    break;
                case 7:
                    a = new double[Integer.MIN_VALUE];
                    break;
                case 8:
                    a = new boolean[zero][zero][zero];
                    break;
                case 9:
                    a = new char[two][zero];
                    break;
                default:
                    a = new byte[two][two][two][minus + 2];
            }
            return a == null ? "null" : "made";
        } catch (NegativeArraySizeException e) {
            return "NASE";
        }
    }

    public static void main(String[] args) {
        minus = -1;
        two = 2;
        zero = 0;

        int[][][] cube = new int[two][two + 1][two + 2];
        int[][] indices = {
            {0, 0, 0}, {1, 2, 3}, {2, 0, 0}, {minus, 0, 0}, {0, 3, 0}, {0, minus, 0}, {0, 0, 4}, {0, 0, minus},
            {Integer.MIN_VALUE, 0, 0}, {0, Integer.MAX_VALUE, 0}, {1, 1, Integer.MIN_VALUE},
        };
        for (int[] ix : indices) {
            Out.print(read(cube, ix[0], ix[1], ix[2]));
            Out.print(' ');
        }
        Out.println();
        cube[1][2] = null;
        Out.println(read(cube, 1, 2, 0));
        Out.println(read(cube, 1, 2, 9));

        long[][] grid = new long[two][two * 3];
        Out.print(write(grid, 0, 5));
        Out.print(' ');
        Out.print(write(grid, 2, 0));
        Out.print(' ');
        Out.print(write(grid, 1, 6));
        Out.print(' ');
        Out.print(write(grid, 1, minus));
        Out.print(' ');
        Out.print(write(grid, minus, 1));
        Out.println();
        long total = 0;
        for (long[] row : grid) {
            for (long v : row) {
                total += v;
            }
        }
        Out.println(total);

        for (int kind = 0; kind <= 10; kind++) {
            Out.print(allocate(kind));
            Out.print(' ');
        }
        Out.println();

        int failures = 0;
        for (int n = -3; n <= 3; n++) {
            try {
                char[][] c = new char[n + 3][n];
                Out.print(c.length);
            } catch (NegativeArraySizeException e) {
                failures++;
                Out.print('N');
            }
            Out.print(' ');
        }
        Out.println();
        Out.println(failures);

        int[][] rows = new int[3][];
        rows[0] = new int[1];
        try {
            rows[1][0] = 5;
        } catch (NullPointerException e) {
            Out.println("null row");
        }
        try {
            rows[0][1] = 5;
        } catch (ArrayIndexOutOfBoundsException e) {
            Out.println(rows[0][0]);
        }
        cube[1][1][1] = 7;
        Out.println(cube[1][1][1] + cube[1][1].length + cube[0].length);
    }
}
