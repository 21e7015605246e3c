package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Prefix sums: range sums from a long prefix array, a difference array applying range updates, a
 * two-dimensional summed-area table with rectangle queries checked against brute force, prefix XOR, and the
 * longest subarray with a given sum found with a prefix-minimum scan.
 */
public final class PrefixSums {
    private static int size;
    private static int seed;

    private PrefixSums() {
    }

    static int next() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    public static void main(String[] args) {
        size = 40;
        seed = 2463534;

        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = next() % 1000;
        }
        long[] prefix = new long[size + 1];
        for (int i = 0; i < size; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        Out.println(prefix[size]);
        int[][] queries = {{0, 40}, {3, 17}, {10, 11}, {25, 25}, {39, 40}};
        for (int[] q : queries) {
            long brute = 0;
            for (int i = q[0]; i < q[1]; i++) {
                brute += values[i];
            }
            Out.print(prefix[q[1]] - prefix[q[0]]);
            Out.print(' ');
            Out.print(brute == prefix[q[1]] - prefix[q[0]]);
            Out.println();
        }

        int[] difference = new int[size + 1];
        int[][] updates = {{0, 9, 5}, {5, 20, -3}, {15, 39, 7}, {30, 35, 100}};
        for (int[] u : updates) {
            difference[u[0]] += u[2];
            difference[u[1] + 1] -= u[2];
        }
        int running = 0;
        for (int i = 0; i < size; i++) {
            running += difference[i];
            Out.print(running);
            Out.print(i % 10 == 9 ? '\n' : ' ');
        }

        int h = 6;
        int w = 7;
        int[][] grid = new int[h][w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                grid[i][j] = next() & 15;
            }
        }
        int[][] table = new int[h + 1][w + 1];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                table[i + 1][j + 1] = grid[i][j] + table[i][j + 1] + table[i + 1][j] - table[i][j];
            }
        }
        int mismatches = 0;
        long all = 0;
        for (int r0 = 0; r0 < h; r0++) {
            for (int r1 = r0 + 1; r1 <= h; r1++) {
                for (int c0 = 0; c0 < w; c0++) {
                    for (int c1 = c0 + 1; c1 <= w; c1++) {
                        int fast = table[r1][c1] - table[r0][c1] - table[r1][c0] + table[r0][c0];
                        int slow = 0;
                        for (int i = r0; i < r1; i++) {
                            for (int j = c0; j < c1; j++) {
                                slow += grid[i][j];
                            }
                        }
                        if (fast != slow) {
                            mismatches++;
                        }
                        all += fast;
                    }
                }
            }
        }
        Out.println(table[h][w]);
        Out.println(mismatches);
        Out.println(all);

        int[] xors = new int[size + 1];
        for (int i = 0; i < size; i++) {
            xors[i + 1] = xors[i] ^ values[i];
        }
        Out.println(xors[size] ^ xors[size / 2]);

        int[] signs = new int[size];
        for (int i = 0; i < size; i++) {
            signs[i] = (values[i] & 1) == 0 ? 1 : -1;
        }
        int best = 0;
        int bestStart = -1;
        int sum = 0;
        int[] firstAt = new int[2 * size + 1];
        for (int i = 0; i < firstAt.length; i++) {
            firstAt[i] = -2;
        }
        firstAt[size] = -1;
        for (int i = 0; i < size; i++) {
            sum += signs[i];
            if (firstAt[sum + size] == -2) {
                firstAt[sum + size] = i;
            } else if (i - firstAt[sum + size] > best) {
                best = i - firstAt[sum + size];
                bestStart = firstAt[sum + size] + 1;
            }
        }
        Out.print(best);
        Out.print(' ');
        Out.println(bestStart);
    }
}
