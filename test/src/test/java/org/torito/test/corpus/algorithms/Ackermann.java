package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** The Ackermann function for small arguments, counting calls; deep and very branchy recursion. */
public final class Ackermann {
    private static long calls;
    private static int depth;
    private static int maxDepth;

    private Ackermann() {
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            for (int n = 0; n <= 4; n++) {
                calls = 0;
                depth = 0;
                maxDepth = 0;
                Out.print(ackermann(m, n));
                Out.print("/");
                Out.print(calls);
                Out.print("/");
                Out.print(maxDepth);
                Out.print(" ");
            }
            Out.println();
        }
        calls = 0;
        Out.println(ackermann(3, 6));
        Out.println(calls);
        Out.println(ackermann(4, 0));
        calls = 0;
        Out.println(ackermannIterativeN(2, 1000));
    }

    private static int ackermann(int m, int n) {
        calls++;
        depth++;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        int r;
        if (m == 0) {
            r = n + 1;
        } else if (n == 0) {
            r = ackermann(m - 1, 1);
        } else {
            r = ackermann(m - 1, ackermann(m, n - 1));
        }
        depth--;
        return r;
    }

    /** A(m, n) with the inner recursion on n turned into a loop (recursion only on m). */
    private static long ackermannIterativeN(int m, long n) {
        if (m == 0) {
            return n + 1;
        }
        long r = ackermannIterativeN(m - 1, 1);
        for (long i = 1; i <= n; i++) {
            r = ackermannIterativeN(m - 1, r);
        }
        return r;
    }
}
