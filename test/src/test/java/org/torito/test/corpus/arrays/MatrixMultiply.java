package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Matrix products on arrays made by multianewarray: int and long products, the identity as neutral element,
 * associativity checked on three matrices, Fibonacci numbers by fast exponentiation of a 2x2 long matrix
 * modulo a prime, and a double product printed as bits.
 */
public final class MatrixMultiply {
    private static int n;
    private static long modulus;

    private MatrixMultiply() {
    }

    static int[][] filled(int rows, int columns, int seed) {
        int[][] m = new int[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                seed = seed * 1103515245 + 12345;
                m[i][j] = (seed >>> 16) % 19 - 9;
            }
        }
        return m;
    }

    static int[][] multiply(int[][] a, int[][] b) {
        int rows = a.length;
        int inner = b.length;
        int columns = b[0].length;
        int[][] p = new int[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < inner; k++) {
                int aik = a[i][k];
                for (int j = 0; j < columns; j++) {
                    p[i][j] += aik * b[k][j];
                }
            }
        }
        return p;
    }

    static long[][] multiplyMod(long[][] a, long[][] b, long mod) {
        long[][] p = new long[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                long s = 0;
                for (int k = 0; k < b.length; k++) {
                    s = (s + a[i][k] * b[k][j]) % mod;
                }
                p[i][j] = s;
            }
        }
        return p;
    }

    static long fibonacci(long index, long mod) {
        long[][] result = new long[2][2];
        result[0][0] = 1;
        result[1][1] = 1;
        long[][] base = new long[2][2];
        base[0][0] = 1;
        base[0][1] = 1;
        base[1][0] = 1;
        while (index > 0) {
            if ((index & 1) != 0) {
                result = multiplyMod(result, base, mod);
            }
            base = multiplyMod(base, base, mod);
            index >>= 1;
        }
        return result[0][1];
    }

    static boolean same(int[][] a, int[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                return false;
            }
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] != b[i][j]) {
                    return false;
                }
            }
        }
        return true;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    Out.print(' ');
                }
                Out.print(row[j]);
            }
            Out.println();
        }
    }

    public static void main(String[] args) {
        n = 4;
        modulus = 1_000_000_007L;

        int[][] a = filled(n, n + 1, 7);
        int[][] b = filled(n + 1, n - 1, 11);
        int[][] c = filled(n - 1, n, 13);
        int[][] ab = multiply(a, b);
        print(ab);
        Out.println(same(multiply(ab, c), multiply(a, multiply(b, c))));

        int[][] identity = new int[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1;
        }
        int[][] square = filled(n, n, 17);
        Out.println(same(multiply(identity, square), square));
        Out.println(same(multiply(square, identity), square));
        print(multiply(square, square));

        for (long k = 10; k <= 100_000_000_000L; k *= 100) {
            Out.print(fibonacci(k, modulus));
            Out.print(' ');
        }
        Out.println();
        Out.println(fibonacci(90, Long.MAX_VALUE >> 32));

        double[][] x = new double[2][3];
        double[][] y = new double[3][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (i + 1) / (double) (j + n);
                y[j][i] = (j - i) * 0.25;
            }
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += x[i][k] * y[k][j];
                }
                Out.print(s);
                Out.print(' ');
            }
            Out.println();
        }
    }
}
