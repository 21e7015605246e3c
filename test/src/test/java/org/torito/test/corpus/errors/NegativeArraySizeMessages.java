package org.torito.test.corpus.errors;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;

/** NegativeArraySizeException for every form of array creation, and the library's capacity checks. */
public final class NegativeArraySizeMessages {
    private NegativeArraySizeMessages() {
    }

    static int length(Object array) {
        if (array instanceof int[] a) {
            return a.length;
        } else if (array instanceof char[] a) {
            return a.length;
        } else if (array instanceof Object[] a) {
            return a.length;
        }
        return -1;
    }

    interface Make {
        Object run();
    }

    static void attempt(String label, Make make) {
        try {
            Object made = make.run();
            System.out.println(label + ": length " + length(made));
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        int minus = -1 - args.length;
        attempt("int", () -> new int[minus]);
        attempt("long", () -> new long[minus * 7]);
        attempt("object", () -> new String[Integer.MIN_VALUE]);
        attempt("zero", () -> new char[0]);
        attempt("2d outer", () -> new int[minus][3]);
        attempt("2d inner", () -> new int[3][minus]);
        attempt("2d both", () -> new int[-2][minus]);
        attempt("2d zero outer", () -> new int[0][minus]);
        attempt("3d", () -> new byte[2][2][minus * 3]);
        attempt("2d partial", () -> new String[minus][]);
        attempt("reflect", () -> Array.newInstance(int.class, minus));
        attempt("copyOf", () -> Arrays.copyOf(new int[2], minus));
        attempt("ArrayList", () -> new ArrayList<String>(minus).toArray());
        attempt("StringBuilder", () -> new StringBuilder(minus).toString().toCharArray());
        try {
            int[] big = new int[minus * 100];
            System.out.println(big.length);
        } catch (NegativeArraySizeException e) {
            e.printStackTrace(System.out);
        }
    }
}
