package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Backtracking over subsets: whether a subset reaches a target (with pruning on sorted input and the
 * first subset found printed), how many subsets reach it (no pruning, checked against a bitmask
 * enumeration), combinations of reusable parts summing to a target in nondecreasing order, and a
 * partition into two equal halves.
 */
public final class SubsetSums {
    private static int target;
    private static long visits;

    private SubsetSums() {
    }

    static boolean find(int[] sorted, int index, int remaining, boolean[] chosen) {
        visits++;
        if (remaining == 0) {
            return true;
        }
        if (index == sorted.length || sorted[index] > remaining) {
            return false;
        }
        chosen[index] = true;
        if (find(sorted, index + 1, remaining - sorted[index], chosen)) {
            return true;
        }
        chosen[index] = false;
        return find(sorted, index + 1, remaining, chosen);
    }

    static int count(int[] values, int index, int remaining) {
        if (index == values.length) {
            return remaining == 0 ? 1 : 0;
        }
        return count(values, index + 1, remaining - values[index]) + count(values, index + 1, remaining);
    }

    static int countByMasks(int[] values, int goal) {
        int n = 0;
        for (int mask = 0; mask < 1 << values.length; mask++) {
            int sum = 0;
            for (int i = 0; i < values.length; i++) {
                if ((mask >> i & 1) != 0) {
                    sum += values[i];
                }
            }
            if (sum == goal) {
                n++;
            }
        }
        return n;
    }

    static int combinations(int[] parts, int from, int remaining, int[] picked, int depth, boolean print) {
        if (remaining == 0) {
            if (print) {
                for (int i = 0; i < depth; i++) {
                    Out.print(picked[i]);
                    Out.print(i + 1 < depth ? '+' : ' ');
                }
            }
            return 1;
        }
        int n = 0;
        for (int i = from; i < parts.length && parts[i] <= remaining; i++) {
            picked[depth] = parts[i];
            n += combinations(parts, i, remaining - parts[i], picked, depth + 1, print);
        }
        return n;
    }

    static boolean halves(int[] values, int index, int a, int b) {
        if (index == values.length) {
            return a == b;
        }
        return halves(values, index + 1, a + values[index], b) || halves(values, index + 1, a, b + values[index]);
    }

    public static void main(String[] args) {
        target = 53;

        int[] sorted = {3, 5, 8, 13, 17, 21, 25, 34};
        boolean[] chosen = new boolean[sorted.length];
        visits = 0;
        Out.println(find(sorted, 0, target, chosen));
        for (int i = 0; i < sorted.length; i++) {
            if (chosen[i]) {
                Out.print(sorted[i]);
                Out.print(' ');
            }
        }
        Out.println();
        Out.println(visits);
        visits = 0;
        Out.println(find(sorted, 0, 2, new boolean[sorted.length]));
        Out.println(visits);

        int[] mixed = {7, -3, 12, 5, -8, 10, 2, 9, -1, 4, 6, 15};
        for (int goal = target - 60; goal <= target; goal += 15) {
            int r = count(mixed, 0, goal);
            Out.print(r);
            Out.print(r == countByMasks(mixed, goal) ? " ok " : " MISMATCH ");
        }
        Out.println();

        int[] parts = {2, 3, 5, 7};
        int[] picked = new int[target];
        int ways = combinations(parts, 0, 12, picked, 0, true);
        Out.println();
        Out.println(ways);
        Out.println(combinations(parts, 0, target, picked, 0, false));

        int[] even = {3, 1, 4, 2, 2, 6, 8};
        int[] odd = {3, 1, 4, 2, 2, 6, 9};
        Out.print(halves(even, 0, 0, 0));
        Out.print(' ');
        Out.print(halves(odd, 0, 0, 0));
        Out.println();
    }
}
