package org.torito.test.corpus.errors;

import java.util.Arrays;

/** ArrayIndexOutOfBoundsException messages for every array type, and the library's range checks on arrays. */
public final class ArrayIndexMessages {
    private ArrayIndexMessages() {
    }

    interface Access {
        void run();
    }

    static void attempt(String label, Access access) {
        try {
            access.run();
            System.out.println(label + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[0];
        byte[] bytes = new byte[2];
        char[] chars = "héllo".toCharArray();
        double[] doubles = new double[4];
        boolean[] flags = new boolean[1];
        short[] shorts = new short[5];
        float[] floats = new float[2];
        String[] strings = {"x", "y"};
        int[][] grid = new int[2][3];
        attempt("int read", () -> System.out.println(ints[3]));
        attempt("int write negative", () -> ints[-1] = 5);
        attempt("long empty", () -> System.out.println(longs[0]));
        attempt("byte", () -> bytes[Integer.MAX_VALUE]++);
        attempt("char", () -> System.out.println(chars[chars.length]));
        attempt("double", () -> doubles[Integer.MIN_VALUE] = 1.5);
        attempt("boolean", () -> System.out.println(flags[1]));
        attempt("short", () -> shorts[10] = 1);
        attempt("float", () -> System.out.println(floats[-2]));
        attempt("object", () -> strings[2] = "z");
        attempt("grid row", () -> System.out.println(grid[2][0]));
        attempt("grid column", () -> grid[1][3] = 9);
        attempt("copyOfRange", () -> Arrays.copyOfRange(ints, 4, 5));
        attempt("copyOfRange inverted", () -> Arrays.copyOfRange(ints, 2, 1));
        attempt("fill range", () -> Arrays.fill(ints, 1, 7, 0));
        attempt("fill inverted", () -> Arrays.fill(ints, 2, 1, 0));
        attempt("List.of get", () -> System.out.println(java.util.List.of("a", "b", "c").get(3)));
        attempt("asList get", () -> System.out.println(Arrays.asList("a", "b").get(-1)));
        attempt("Vector get", () -> System.out.println(new java.util.Vector<>(java.util.List.of(1)).get(-1)));
        attempt("arraycopy source", () -> System.arraycopy(ints, 2, new int[5], 0, 3));
        attempt("arraycopy dest", () -> System.arraycopy(ints, 0, new int[2], 1, 2));
        attempt("arraycopy negative", () -> System.arraycopy(ints, 0, ints, 0, -1));
        attempt("arraycopy types", () -> System.arraycopy(ints, 0, longs, 0, 0));
        attempt("arraycopy store", () -> System.arraycopy(new Object[] {1}, 0, strings, 0, 1));
        attempt("arraycopy null", () -> System.arraycopy(null, 0, ints, 0, 0));
        attempt("arraycopy not array", () -> System.arraycopy("abc", 0, ints, 0, 1));
        try {
            System.out.println(strings[5]);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
        System.out.println(Arrays.toString(ints) + " " + Arrays.toString(strings));
    }
}
