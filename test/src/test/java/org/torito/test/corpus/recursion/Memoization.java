package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Top-down recursion with results memoized in arrays: Fibonacci in a long[] (calls counted, so a memo miss
 * would show), binomial coefficients in a long[][], integer partitions p(n, largest part), the longest
 * common subsequence and the edit distance of two char arrays in int[][] memos (-1 meaning unknown), and
 * the minimum number of coins; each compared with a plain recursive or iterative version where small.
 */
public final class Memoization {
    private static long calls;
    private static int limit;

    private Memoization() {
    }

    static long fib(int n, long[] memo) {
        calls++;
        if (n < 2) {
            return n;
        }
        if (memo[n] != 0) {
            return memo[n];
        }
        return memo[n] = fib(n - 1, memo) + fib(n - 2, memo);
    }

    static long plainFib(int n) {
        calls++;
        return n < 2 ? n : plainFib(n - 1) + plainFib(n - 2);
    }

    static long binomial(int n, int k, long[][] memo) {
        if (k == 0 || k == n) {
            return 1;
        }
        if (memo[n][k] != 0) {
            return memo[n][k];
        }
        return memo[n][k] = binomial(n - 1, k - 1, memo) + binomial(n - 1, k, memo);
    }

    /** Partitions of n into parts no larger than m. */
    static long partitions(int n, int m, long[][] memo) {
        if (n == 0) {
            return 1;
        }
        if (m == 0) {
            return 0;
        }
        if (memo[n][m] != 0) {
            return memo[n][m] - 1;
        }
        long r = partitions(n, m - 1, memo) + (m <= n ? partitions(n - m, m, memo) : 0);
        memo[n][m] = r + 1;
        return r;
    }

    static int lcs(char[] a, char[] b, int i, int j, int[][] memo) {
        if (i == a.length || j == b.length) {
            return 0;
        }
        if (memo[i][j] >= 0) {
            return memo[i][j];
        }
        int r;
        if (a[i] == b[j]) {
            r = 1 + lcs(a, b, i + 1, j + 1, memo);
        } else {
            int x = lcs(a, b, i + 1, j, memo);
            int y = lcs(a, b, i, j + 1, memo);
            r = x > y ? x : y;
        }
        return memo[i][j] = r;
    }

    static int edit(char[] a, char[] b, int i, int j, int[][] memo) {
        if (i == a.length) {
            return b.length - j;
        }
        if (j == b.length) {
            return a.length - i;
        }
        if (memo[i][j] >= 0) {
            return memo[i][j];
        }
        int r;
        if (a[i] == b[j]) {
            r = edit(a, b, i + 1, j + 1, memo);
        } else {
            int replace = edit(a, b, i + 1, j + 1, memo);
            int delete = edit(a, b, i + 1, j, memo);
            int insert = edit(a, b, i, j + 1, memo);
            r = 1 + (replace < delete ? (replace < insert ? replace : insert) : (delete < insert ? delete : insert));
        }
        return memo[i][j] = r;
    }

    static int[][] unknown(int rows, int columns) {
        int[][] m = new int[rows][columns];
        for (int[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -1;
            }
        }
        return m;
    }

    static int coins(int amount, int[] denominations, int[] memo) {
        if (amount == 0) {
            return 0;
        }
        if (memo[amount] != 0) {
            return memo[amount];
        }
        int best = Integer.MAX_VALUE;
        for (int d : denominations) {
            if (d <= amount) {
                int sub = coins(amount - d, denominations, memo);
                if (sub != Integer.MAX_VALUE && sub + 1 < best) {
                    best = sub + 1;
                }
            }
        }
        memo[amount] = best;
        return best;
    }

    public static void main(String[] args) {
        limit = 90;

        calls = 0;
        Out.println(fib(limit, new long[limit + 1]));
        Out.println(calls);
        calls = 0;
        Out.println(plainFib(20));
        Out.println(calls);
        calls = 0;
        Out.println(fib(20, new long[21]));
        Out.println(calls);

        long[][] c = new long[61][61];
        Out.println(binomial(60, 30, c));
        Out.println(binomial(10, 3, c));
        Out.println(c[59][29] + c[59][30] == binomial(60, 30, c));

        long[][] p = new long[limit + 1][limit + 1];
        for (int n = 1; n <= 10; n++) {
            Out.print(partitions(n, n, p));
            Out.print(' ');
        }
        Out.println();
        Out.println(partitions(limit, limit, p));

        char[] a = {'r', 'e', 'c', 'u', 'r', 's', 'i', 'o', 'n'};
        char[] b = {'m', 'e', 'm', 'o', 'r', 'i', 'z', 'a', 't', 'i', 'o', 'n'};
        Out.println(lcs(a, b, 0, 0, unknown(a.length, b.length)));
        Out.println(edit(a, b, 0, 0, unknown(a.length, b.length)));
        char[] k1 = {'k', 'i', 't', 't', 'e', 'n'};
        char[] k2 = {'s', 'i', 't', 't', 'i', 'n', 'g'};
        Out.println(edit(k1, k2, 0, 0, unknown(k1.length, k2.length)));
        Out.println(edit(k1, new char[0], 0, 0, unknown(k1.length, 1)));

        int[] euro = {1, 2, 5, 10, 20, 50};
        int[] odd = {7, 11, 13};
        int[] memoEuro = new int[limit * 3];
        int[] memoOdd = new int[limit];
        Out.println(coins(limit * 3 - 1, euro, memoEuro));
        for (int amount = 1; amount < 30; amount++) {
            int r = coins(amount, odd, memoOdd);
            Out.print(r == Integer.MAX_VALUE ? -1 : r);
            Out.print(' ');
        }
        Out.println();
    }
}
