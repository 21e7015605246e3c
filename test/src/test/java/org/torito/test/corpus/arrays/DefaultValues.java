package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * The default value of every element type (JVMS 2.3, 2.4), in one- and two-dimensional arrays and in arrays
 * reused after being written: false, zero of each integer width, the char zero, positive float and double
 * zeros, and null for references and for rows that were not allocated.
 */
public final class DefaultValues {
    private static int size;

    private DefaultValues() {
    }

    static final class Box {
        int value;
    }

    public static void main(String[] args) {
        size = 6;

        boolean[] flags = new boolean[size];
        byte[] bytes = new byte[size];
        short[] shorts = new short[size];
        char[] chars = new char[size];
        int[] ints = new int[size];
        long[] longs = new long[size];
        float[] floats = new float[size];
        double[] doubles = new double[size];
        Object[] objects = new Object[size];
        String[] strings = new String[size];
        Box[] boxes = new Box[size];
        int[][] rows = new int[size][];

        boolean anyFlag = false;
        long total = 0;
        boolean allNull = true;
        for (int i = 0; i < size; i++) {
            anyFlag |= flags[i];
            total += bytes[i] + shorts[i] + chars[i] + ints[i] + longs[i];
            allNull &= objects[i] == null && strings[i] == null && boxes[i] == null && rows[i] == null;
        }
        Out.println(anyFlag);
        Out.println(total);
        Out.println(allNull);
        Out.println((int) chars[size - 1]);
        Out.println(floats[size - 1]);
        Out.println(doubles[size - 1]);
        Out.println(1 / floats[0] > 0);
        Out.println(1 / doubles[0] > 0);

        float[][] fgrid = new float[2][size];
        double[][] dgrid = new double[size][2];
        long[][] lgrid = new long[size][size];
        boolean[][] bgrid = new boolean[2][2];
        Box[][] boxGrid = new Box[2][size];
        Out.println(fgrid[1][size - 1]);
        Out.println(dgrid[size - 1][1]);
        Out.println(lgrid[size - 1][size - 1]);
        Out.println(bgrid[1][1]);
        Out.println(boxGrid[1][size - 1] == null);

        for (int round = 0; round < 3; round++) {
            Box[] fresh = new Box[size];
            int[] freshInts = new int[size];
            int nulls = 0;
            int zeros = 0;
            for (int i = 0; i < size; i++) {
                if (fresh[i] == null) {
                    nulls++;
                }
                if (freshInts[i] == 0) {
                    zeros++;
                }
                fresh[i] = new Box();
                fresh[i].value = i + round;
                freshInts[i] = -1;
            }
            Out.print(nulls);
            Out.print(' ');
            Out.print(zeros);
            Out.print(' ');
            Out.print(fresh[size - 1].value);
            Out.println();
        }

        Box b = new Box();
        Out.println(b.value);
        int[] empty = new int[size - size];
        Out.println(empty.length);
        Object[][] jagged = new Object[3][];
        jagged[1] = new Object[0];
        Out.print(jagged[0] == null);
        Out.print(jagged[1].length);
        Out.print(jagged[2] == null);
        Out.println();
    }
}
