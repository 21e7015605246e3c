package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Permutations by backtracking over a used[] array: all permutations of a multiset in lexicographic order
 * (equal elements skipped when their left twin is unused), their count against n!/(k1!k2!...), the k-th
 * permutation of distinct elements by factorial digits, the next permutation in place, and the
 * permutations of distinct elements with no fixed point (derangements) counted by backtracking and by the
 * recurrence D(n) = (n-1)(D(n-1)+D(n-2)).
 */
public final class DistinctPermutations {
    private static int printed;
    private static int printLimit;

    private DistinctPermutations() {
    }

    static int permute(char[] sorted, boolean[] used, char[] current, int depth) {
        if (depth == sorted.length) {
            if (printed++ < printLimit) {
                for (char c : current) {
                    Out.print(c);
                }
                Out.print(' ');
            }
            return 1;
        }
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (used[i] || i > 0 && sorted[i] == sorted[i - 1] && !used[i - 1]) {
                continue;
            }
            used[i] = true;
            current[depth] = sorted[i];
            n += permute(sorted, used, current, depth + 1);
            used[i] = false;
        }
        return n;
    }

    static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    static char[] kth(char[] distinct, long k) {
        char[] pool = new char[distinct.length];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = distinct[i];
        }
        char[] out = new char[pool.length];
        int left = pool.length;
        for (int i = 0; i < out.length; i++) {
            long f = factorial(left - 1);
            int index = (int) (k / f);
            k %= f;
            out[i] = pool[index];
            for (int j = index; j < left - 1; j++) {
                pool[j] = pool[j + 1];
            }
            left--;
        }
        return out;
    }

    static boolean nextPermutation(char[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        char t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    static int derangements(int n, int position, boolean[] used) {
        if (position == n) {
            return 1;
        }
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (!used[v] && v != position) {
                used[v] = true;
                count += derangements(n, position + 1, used);
                used[v] = false;
            }
        }
        return count;
    }

    static long derangementsByRecurrence(int n) {
        if (n == 0) {
            return 1;
        }
        if (n == 1) {
            return 0;
        }
        return (n - 1) * (derangementsByRecurrence(n - 1) + derangementsByRecurrence(n - 2));
    }

    static void print(char[] a) {
        for (char c : a) {
            Out.print(c);
        }
        Out.println();
    }

    public static void main(String[] args) {
        printLimit = 40;

        char[] multiset = {'a', 'a', 'b', 'c', 'c'};
        printed = 0;
        int n = permute(multiset, new boolean[multiset.length], new char[multiset.length], 0);
        Out.println();
        Out.println(n);
        Out.println(factorial(5) / (factorial(2) * factorial(2)));
        char[] word = {'b', 'a', 'l', 'l', 'o', 'o', 'n'};
        char[] sortedWord = {'a', 'b', 'l', 'l', 'n', 'o', 'o'};
        printed = printLimit;
        Out.println(permute(sortedWord, new boolean[word.length], new char[word.length], 0));

        char[] distinct = {'p', 'q', 'r', 's', 't'};
        for (long k = 0; k < 120; k += 23) {
            Out.print(k);
            Out.print(':');
            char[] p = kth(distinct, k);
            for (char c : p) {
                Out.print(c);
            }
            Out.print(' ');
        }
        Out.println();

        char[] walk = {'b', 'a', 'c', 'a'};
        int steps = 0;
        do {
            steps++;
        } while (nextPermutation(walk) && steps < 100);
        Out.println(steps);
        print(walk);
        char[] from = {'d', 'c', 'b', 'a'};
        Out.println(nextPermutation(from));
        print(from);

        for (int size = 0; size <= 8; size++) {
            int byBacktracking = derangements(size, 0, new boolean[size]);
            Out.print(byBacktracking);
            Out.print(byBacktracking == derangementsByRecurrence(size) ? ' ' : '!');
        }
        Out.println();
    }
}
