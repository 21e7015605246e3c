package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** N-queens solution counts with bitmasks for n = 1..10, and the first solution for n = 8 drawn as a board. */
public final class NQueens {
    private static int size;
    private static long firstSolution;
    private static boolean found;

    private NQueens() {
    }

    public static void main(String[] args) {
        for (size = 1; size <= 10; size++) {
            Out.print(count(0, 0, 0, 0));
            Out.print(" ");
        }
        Out.println();
        size = 8;
        found = false;
        first(0, 0, 0, 0, 0L);
        for (int row = 0; row < 8; row++) {
            int col = (int) (firstSolution >>> (row * 4)) & 0xF;
            for (int c = 0; c < 8; c++) {
                Out.print(c == col ? 'Q' : '.');
            }
            Out.println();
        }
    }

    private static int count(int row, int cols, int diag1, int diag2) {
        if (row == size) {
            return 1;
        }
        int all = (1 << size) - 1;
        int free = all & ~(cols | diag1 | diag2);
        int n = 0;
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            n += count(row + 1, cols | bit, (diag1 | bit) << 1 & all, (diag2 | bit) >>> 1);
        }
        return n;
    }

    private static void first(int row, int cols, int diag1, int diag2, long placed) {
        if (found) {
            return;
        }
        if (row == size) {
            found = true;
            firstSolution = placed;
            return;
        }
        for (int c = 0; c < size; c++) {
            int bit = 1 << c;
            if ((cols & bit) == 0 && (diag1 & bit) == 0 && (diag2 & bit) == 0) {
                first(row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1, placed | (long) c << (row * 4));
            }
        }
    }
}
