package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Ackermann's function with small arguments three ways: the doubly recursive definition, a version that
 * recurses only on m and loops on n with an explicit int[] stack of pending m values, and a version
 * memoized in a long[][] for n below a bound; the three agree, and the closed forms A(1,n) = n+2,
 * A(2,n) = 2n+3 and A(3,n) = 2^(n+3)-3 are checked. Arguments come from static fields.
 */
public final class AckermannVariants {
    private static int maxM;
    private static int maxN;
    private static long calls;

    private AckermannVariants() {
    }

    static int recursive(int m, int n) {
        calls++;
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return recursive(m - 1, 1);
        }
        return recursive(m - 1, recursive(m, n - 1));
    }

    static int withStack(int m, int n) {
        int[] stack = new int[1 << 12];
        int top = 0;
        stack[top++] = m;
        while (top > 0) {
            m = stack[--top];
            if (m == 0) {
                n = n + 1;
            } else if (n == 0) {
                stack[top++] = m - 1;
                n = 1;
            } else {
                stack[top++] = m - 1;
                stack[top++] = m;
                n = n - 1;
            }
        }
        return n;
    }

    static long memoized(int m, long n, long[][] memo) {
        if (m == 0) {
            return n + 1;
        }
        if (n < memo[m].length && memo[m][(int) n] != 0) {
            return memo[m][(int) n];
        }
        long r = n == 0 ? memoized(m - 1, 1, memo) : memoized(m - 1, memoized(m, n - 1, memo), memo);
        if (n < memo[m].length) {
            memo[m][(int) n] = r;
        }
        return r;
    }

    public static void main(String[] args) {
        maxM = 3;
        maxN = 5;

        long[][] memo = new long[maxM + 2][1100];
        int disagreements = 0;
        for (int m = 0; m <= maxM; m++) {
            for (int n = 0; n <= maxN; n++) {
                calls = 0;
                int r = recursive(m, n);
                if (r != withStack(m, n) || r != memoized(m, n, memo)) {
                    disagreements++;
                }
                Out.print(r);
                Out.print('/');
                Out.print(calls);
                Out.print(' ');
            }
            Out.println();
        }
        Out.println(disagreements);

        int closedFormFailures = 0;
        for (int n = 0; n <= maxN + 3; n++) {
            if (recursive(1, n) != n + 2 || recursive(2, n) != 2 * n + 3 || withStack(3, n) != (1 << (n + 3)) - 3) {
                closedFormFailures++;
            }
        }
        Out.println(closedFormFailures);
        Out.println(memoized(maxM, maxN + 1, memo));
        Out.println(memoized(maxM, maxN + 2, memo));
        Out.println(withStack(maxM, maxN + 2));
        Out.println(memoized(maxM + 1, 0, memo));
        Out.println(withStack(maxM + 1, 0));
    }
}
