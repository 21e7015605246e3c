package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Solving linear systems with Gaussian elimination and partial pivoting on double[][] built row by row, the
 * residual of the solution, a determinant, a Hilbert matrix (ill-conditioned: large errors, identical bits
 * required) and the same in float.
 */
public final class GaussianElimination {
    private static int size;

    private GaussianElimination() {
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                c[i][j] = m[i][j];
            }
        }
        return c;
    }

    /** Solves a x = b in place; returns the determinant. */
    static double solve(double[][] a, double[] b, double[] x) {
        int n = b.length;
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                double cand = a[r][col] < 0 ? -a[r][col] : a[r][col];
                double best = a[pivot][col] < 0 ? -a[pivot][col] : a[pivot][col];
                if (cand > best) {
                    pivot = r;
                }
            }
            if (pivot != col) {
                double[] row = a[pivot];
                a[pivot] = a[col];
                a[col] = row;
                double t = b[pivot];
                b[pivot] = b[col];
                b[col] = t;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return det;
    }

    static float solvef(float[][] a, float[] b, float[] x) {
        int n = b.length;
        float det = 1;
        for (int col = 0; col < n; col++) {
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                float factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            float s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return det;
    }

    public static void main(String[] args) {
        size = 5;
        double[][] a = new double[size][];
        double[] b = new double[size];
        int seed = 99;
        for (int i = 0; i < size; i++) {
            a[i] = new double[size];
            for (int j = 0; j < size; j++) {
                seed = seed * 1103515245 + 12345;
                a[i][j] = ((seed >>> 10) % 2001 - 1000) / 100.0;
            }
            b[i] = i - 2.5;
        }
        double[][] original = copy(a);
        double[] rhs = new double[size];
        for (int i = 0; i < size; i++) {
            rhs[i] = b[i];
        }
        double[] x = new double[size];
        Out.println(solve(a, b, x));
        for (int i = 0; i < size; i++) {
            Out.print(x[i]);
            Out.print(' ');
            double r = -rhs[i];
            for (int j = 0; j < size; j++) {
                r += original[i][j] * x[j];
            }
            Out.println(r);
        }

        int n = 8;
        double[][] hilbert = new double[n][];
        float[][] hilbertf = new float[n][];
        double[] ones = new double[n];
        float[] onesf = new float[n];
        for (int i = 0; i < n; i++) {
            hilbert[i] = new double[n];
            hilbertf[i] = new float[n];
            for (int j = 0; j < n; j++) {
                hilbert[i][j] = 1.0 / (i + j + 1);
                hilbertf[i][j] = 1f / (i + j + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            float sf = 0;
            for (int j = 0; j < n; j++) {
                s += hilbert[i][j];
                sf += hilbertf[i][j];
            }
            ones[i] = s;
            onesf[i] = sf;
        }
        double[] hx = new double[n];
        float[] hxf = new float[n];
        Out.println(solve(hilbert, ones, hx));
        Out.println(solvef(hilbertf, onesf, hxf));
        for (int i = 0; i < n; i++) {
            Out.print(hx[i]);
            Out.print(' ');
            Out.println(hxf[i]);
        }
    }
}
