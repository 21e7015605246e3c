package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Backtracking sudoku solvers: a 4x4 grid with 2x2 boxes, solved and counted (the count of all solutions
 * stops at a limit), and a 9x9 puzzle with 3x3 boxes; the candidate checks scan the row, the column and the
 * box, the number of placements tried is printed, and an unsolvable grid is reported as such.
 */
public final class Sudoku {
    private static long tries;
    private static int solutionLimit;

    private Sudoku() {
    }

    static boolean allowed(int[][] g, int box, int r, int c, int v) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            if (g[r][i] == v || g[i][c] == v) {
                return false;
            }
        }
        int r0 = r / box * box;
        int c0 = c / box * box;
        for (int i = r0; i < r0 + box; i++) {
            for (int j = c0; j < c0 + box; j++) {
                if (g[i][j] == v) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean solve(int[][] g, int box, int cell) {
        int n = g.length;
        if (cell == n * n) {
            return true;
        }
        int r = cell / n;
        int c = cell % n;
        if (g[r][c] != 0) {
            return solve(g, box, cell + 1);
        }
        for (int v = 1; v <= n; v++) {
            if (allowed(g, box, r, c, v)) {
                tries++;
                g[r][c] = v;
                if (solve(g, box, cell + 1)) {
                    return true;
                }
                g[r][c] = 0;
            }
        }
        return false;
    }

    static int count(int[][] g, int box, int cell) {
        int n = g.length;
        if (cell == n * n) {
            return 1;
        }
        int r = cell / n;
        int c = cell % n;
        if (g[r][c] != 0) {
            return count(g, box, cell + 1);
        }
        int total = 0;
        for (int v = 1; v <= n && total < solutionLimit; v++) {
            if (allowed(g, box, r, c, v)) {
                g[r][c] = v;
                total += count(g, box, cell + 1);
                g[r][c] = 0;
            }
        }
        return total;
    }

    static void print(int[][] g) {
        for (int[] row : g) {
            for (int v : row) {
                Out.print((char) ('0' + v));
            }
            Out.println();
        }
    }

    public static void main(String[] args) {
        solutionLimit = 1000;

        int[][] small = {
            {1, 0, 0, 0},
            {0, 0, 3, 0},
            {0, 4, 0, 0},
            {0, 0, 0, 2},
        };
        tries = 0;
        Out.println(count(small, 2, 0));
        Out.println(solve(small, 2, 0));
        Out.println(tries);
        print(small);
        Out.println(count(new int[4][4], 2, 0));

        int[][] big = {
            {5, 3, 0, 0, 7, 0, 0, 0, 0},
            {6, 0, 0, 1, 9, 5, 0, 0, 0},
            {0, 9, 8, 0, 0, 0, 0, 6, 0},
            {8, 0, 0, 0, 6, 0, 0, 0, 3},
            {4, 0, 0, 8, 0, 3, 0, 0, 1},
            {7, 0, 0, 0, 2, 0, 0, 0, 6},
            {0, 6, 0, 0, 0, 0, 2, 8, 0},
            {0, 0, 0, 4, 1, 9, 0, 0, 5},
            {0, 0, 0, 0, 8, 0, 0, 7, 9},
        };
        tries = 0;
        Out.println(solve(big, 3, 0));
        Out.println(tries);
        print(big);
        big[8][8] = 0;
        big[0][0] = 0;
        Out.println(count(big, 3, 0));

        int[][] broken = {
            {0, 0, 0, 1},
            {0, 0, 0, 0},
            {0, 0, 0, 0},
            {2, 3, 4, 0},
        };
        tries = 0;
        Out.println(solve(broken, 2, 0));
        Out.println(tries);
        Out.println(count(broken, 2, 0));
    }
}
