package org.torito.test.corpus.errors;

import java.util.Arrays;

/** The library's range and type checks on arrays: System.arraycopy, Arrays.copyOfRange and Arrays.fill. */
public final class ArrayCopyMessages {
    private ArrayCopyMessages() {
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
        attempt("copyOfRange", () -> Arrays.copyOfRange(ints, 4, 5));
        attempt("copyOfRange inverted", () -> Arrays.copyOfRange(ints, 2, 1));
        attempt("fill range", () -> Arrays.fill(ints, 1, 7, 0));
        attempt("fill inverted", () -> Arrays.fill(ints, 2, 1, 0));
        attempt("arraycopy source", () -> System.arraycopy(ints, 2, new int[5], 0, 3));
        attempt("arraycopy dest", () -> System.arraycopy(ints, 0, new int[2], 1, 2));
        attempt("arraycopy negative", () -> System.arraycopy(ints, 0, ints, 0, -1));
        attempt("arraycopy types", () -> System.arraycopy(ints, 0, longs, 0, 0));
        attempt("arraycopy store", () -> System.arraycopy(new Object[] {1}, 0, strings, 0, 1));
        attempt("arraycopy null", () -> System.arraycopy(null, 0, ints, 0, 0));
        attempt("arraycopy not array", () -> System.arraycopy("abc", 0, ints, 0, 1));
        attempt("arraycopy bytes", () -> System.arraycopy(bytes, 0, shorts, 0, 1));
        attempt("arraycopy flags", () -> System.arraycopy(flags, 0, flags, 1, 1));
        attempt("arraycopy huge", () -> System.arraycopy(shorts, Integer.MAX_VALUE, shorts, 0, 1));
        attempt("copyOf ok", () -> System.out.println(Arrays.toString(Arrays.copyOfRange(chars, 1, 8))));
        attempt("arraycopy overlap", () -> {
            int[] seq = {1, 2, 3, 4, 5};
            System.arraycopy(seq, 0, seq, 1, 4);
            System.out.println(Arrays.toString(seq));
        });
        attempt("arraycopy 2d", () -> System.arraycopy(grid, 0, new long[2][], 0, 2));
        attempt("arraycopy ok", () -> System.arraycopy(strings, 0, new CharSequence[2], 0, 2));
        try {
            System.arraycopy(doubles, 3, floats, 0, 1);
        } catch (ArrayStoreException e) {
            e.printStackTrace(System.out);
        }
        System.out.println(Arrays.toString(ints) + " " + Arrays.toString(strings));
    }
}
