package org.torito.test.corpus.errors;

import java.lang.reflect.Array;

/** java.lang.reflect.Array on shapes the program only knows at run time: getLength, multi-dimensional creation. */
public final class ReflectiveArrayShapes {
    private ReflectiveArrayShapes() {
    }

    public static void main(String[] args) {
        Object[] arrays = {new int[3], new String[0], new double[2][5], "not an array"};
        for (Object a : arrays) {
            try {
                System.out.println(Array.getLength(a));
            } catch (IllegalArgumentException e) {
                System.out.println("getLength: " + e);
            }
        }
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        System.out.println(grid.length + "x" + grid[0].length);
        try {
            Array.newInstance(int.class, 2, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
    }
}
