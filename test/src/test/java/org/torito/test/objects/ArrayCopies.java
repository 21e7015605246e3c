package org.torito.test.objects;

import org.torito.test.support.Out;

/** System.arraycopy: overlapping moves both ways, every element type, covariant and failing reference copies. */
public final class ArrayCopies {
    private static int n;

    private ArrayCopies() {
    }

    public static void main(String[] args) {
        n = 10;
        int[] ints = new int[n];
        for (int i = 0; i < n; i++) {
            ints[i] = i;
        }
        System.arraycopy(ints, 0, ints, 3, 6); // overlapping, destination above
        print(ints);
        System.arraycopy(ints, 4, ints, 1, 5); // overlapping, destination below
        print(ints);
        long[] longs = {1, 2, 3};
        long[] more = new long[5];
        System.arraycopy(longs, 0, more, 2, 3);
        Out.println(more[4] + more[2]);
        char[] chars = {'a', 'b', 'c'};
        char[] copy = new char[3];
        System.arraycopy(chars, 1, copy, 0, 2);
        Out.print(copy[0]);
        Out.print(copy[1]);
        Out.println();
        Object[] objects = new Object[3];
        String[] strings = {"x", "y", "z"};
        System.arraycopy(strings, 0, objects, 0, 3);
        Out.println((String) objects[2]);
        Object[] mixed = {"a", "b", new Object(), "d"};
        String[] target = new String[4];
        try {
            System.arraycopy(mixed, 0, target, 0, 4);
        } catch (ArrayStoreException e) {
            Out.print("ArrayStoreException after copying ");
            Out.print(target[0]);
            Out.print(target[1]);
            Out.println(target[2] == null);
        }
        try {
            System.arraycopy(ints, 0, longs, 0, 1);
        } catch (ArrayStoreException e) {
            Out.println("int[] to long[]: ArrayStoreException");
        }
        try {
            System.arraycopy(ints, 5, ints, 0, 6);
        } catch (IndexOutOfBoundsException e) {
            Out.println("out of bounds: IndexOutOfBoundsException");
        }
        try {
            System.arraycopy(null, 0, ints, 0, 1);
        } catch (NullPointerException e) {
            Out.println("null: NullPointerException");
        }
    }

    private static void print(int[] a) {
        for (int v : a) {
            Out.print(v);
            Out.print(' ');
        }
        Out.println();
    }
}
