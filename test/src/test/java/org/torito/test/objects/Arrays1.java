package org.torito.test.objects;

import org.torito.test.support.Out;

/** Arrays of every primitive type and of references: creation, default values, stores, loads, lengths. */
public final class Arrays1 {
    private static int size;

    private Arrays1() {
    }

    public static void main(String[] args) {
        size = 10;
        int[] ints = new int[size];
        long[] longs = new long[size];
        byte[] bytes = new byte[size];
        char[] chars = new char[size];
        short[] shorts = new short[size];
        boolean[] flags = new boolean[size];
        String[] strings = new String[size];
        for (int i = 0; i < size; i++) {
            ints[i] = i * i - 20;
            longs[i] = (long) ints[i] * 1_000_000_007L;
            bytes[i] = (byte) (i * 50);
            chars[i] = (char) ('a' + i * 3000);
            shorts[i] = (short) (i * 9000);
            flags[i] = i % 3 == 0;
            strings[i] = i % 2 == 0 ? "even" : "odd";
        }
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += ints[i] + longs[i] + bytes[i] + chars[i] + shorts[i] + (flags[i] ? 1 : 0);
            Out.print(strings[i]);
            Out.print(' ');
        }
        Out.println();
        Out.println(sum);
        Out.println(ints.length + longs.length + strings.length);
        int[][] grid = new int[3][];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = new int[i + 2];
            for (int j = 0; j < grid[i].length; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        for (int[] row : grid) {
            for (int v : row) {
                Out.print(v);
                Out.print(' ');
            }
            Out.println();
        }
        Object[] objects = strings;
        objects[1] = "still a string";
        Out.println(strings[1]);
        char[] empty = new char[0];
        Out.println(empty.length);
    }
}
