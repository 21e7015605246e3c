package org.torito.test.exceptions;

import org.torito.test.support.Out;

/** Unbounded recursion throws StackOverflowError, which the program catches and then goes on, twice. */
public final class StackOverflow {
    private static long calls;

    private StackOverflow() {
    }

    static long down(long n) {
        calls++;
        return down(n + 1) + 1;
    }

    static int arrays() {
        int[][] grid = new int[3][4];
        int[][][] cube = new int[2][3][2];
        cube[1][2][1] = 7;
        grid[2][3] = 5;
        return grid.length * 100 + grid[2].length * 10 + grid[2][3] + cube[1][2][1] + cube[0].length;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            calls = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                Out.print("caught StackOverflowError after many calls: ");
                Out.print(calls > 1000);
                Out.println();
            }
        }
        Out.println(arrays());
        try {
            int[][] bad = new int[2][-1];
            Out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            Out.println("caught NegativeArraySizeException from multianewarray");
        }
        Out.println("still running");
    }
}
