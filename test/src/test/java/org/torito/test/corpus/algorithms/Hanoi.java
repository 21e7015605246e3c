package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Towers of Hanoi: the moves for three discs, move counts up to 20 discs, and the position after k moves. */
public final class Hanoi {
    private static long moves;
    private static long discMoves;

    private Hanoi() {
    }

    public static void main(String[] args) {
        moves = 0;
        solve(3, 1, 3, 2, true);
        Out.println();
        for (int n = 1; n <= 20; n++) {
            moves = 0;
            solve(n, 1, 3, 2, false);
            Out.print(moves);
            Out.print(" ");
        }
        Out.println();
        moves = 0;
        discMoves = 0;
        solveCounting(16, 1, 3, 2, 5);
        Out.println(moves);
        Out.println(discMoves);
        for (long k = 0; k < 8; k++) {
            Out.print(pegOfDisc(3, 1, k));
            Out.print(pegOfDisc(3, 2, k));
            Out.print(pegOfDisc(3, 3, k));
            Out.print(" ");
        }
        Out.println();
    }

    private static void solve(int n, int from, int to, int via, boolean print) {
        if (n == 0) {
            return;
        }
        solve(n - 1, from, via, to, print);
        moves++;
        if (print) {
            Out.print(n);
            Out.print(":");
            Out.print(from);
            Out.print("->");
            Out.print(to);
            Out.print(" ");
        }
        solve(n - 1, via, to, from, print);
    }

    private static void solveCounting(int n, int from, int to, int via, int watched) {
        if (n == 0) {
            return;
        }
        solveCounting(n - 1, from, via, to, watched);
        moves++;
        if (n == watched) {
            discMoves++;
        }
        solveCounting(n - 1, via, to, from, watched);
    }

    /** The peg (1..3) of disc {@code disc} after {@code k} moves of the optimal solution for {@code n} discs. */
    private static int pegOfDisc(int n, int disc, long k) {
        int from = 1;
        int to = 3;
        int via = 2;
        for (int d = n; d >= 1; d--) {
            long half = 1L << (d - 1);
            if (d == disc) {
                return k < half ? from : to;
            }
            if (k < half) {
                int t = to;
                to = via;
                via = t;
            } else {
                k -= half;
                int t = from;
                from = via;
                via = t;
            }
        }
        return -1;
    }
}
