package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.List;

/**
 * Arrays helpers: fill (whole and range), equals and deepEquals, hashCode and deepHashCode, toString and
 * deepToString (including a self-containing array), asList as a fixed-size view writing through, copyOf and
 * copyOfRange past the end, mismatch, compare (lexicographic, signed and unsigned), setAll, and the errors.
 */
public final class ArraysUtilities {
    private ArraysUtilities() {
    }

    public static void main(String[] args) {
        int[] a = new int[8];
        Arrays.fill(a, 7);
        Arrays.fill(a, 2, 5, -1);
        System.out.println(Arrays.toString(a) + " hash " + Arrays.hashCode(a));
        try {
            Arrays.fill(a, 6, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill(6,9): " + e.getMessage());
        }
        int[] b = a.clone();
        System.out.println("equals " + Arrays.equals(a, b) + " == " + (a == b) + " after change " + (b[0]++ > 0 && Arrays.equals(a, b)));
        System.out.println("range equals " + Arrays.equals(a, 1, 6, b, 1, 6) + " nulls " + Arrays.equals((int[]) null, null)
                + " toString(null) " + Arrays.toString((int[]) null) + " hash(null) " + Arrays.hashCode((int[]) null));

        Object[] nested = {1, new int[] {2, 3}, new String[][] {{"x"}, {"y", null}}, null, new double[] {0.5}};
        System.out.println(Arrays.deepToString(nested) + " deepHash " + Arrays.deepHashCode(nested));
        Object[] nested2 = {1, new int[] {2, 3}, new String[][] {{"x"}, {"y", null}}, null, new double[] {0.5}};
        System.out.println("deepEquals " + Arrays.deepEquals(nested, nested2) + " equals " + Arrays.equals(nested, nested2));
        Object[] self = {"me", null};
        self[1] = self;
        System.out.println("self " + Arrays.deepToString(self));

        String[] backing = {"a", "b", "c"};
        List<String> view = Arrays.asList(backing);
        view.set(1, "B");
        backing[2] = "C";
        System.out.println("asList " + view + " backing " + Arrays.toString(backing) + " indexOf(C) " + view.indexOf("C"));
        try {
            view.add("d");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList.add: UnsupportedOperationException");
        }
        System.out.println("copyOf longer " + Arrays.toString(Arrays.copyOf(backing, 5)) + " shorter "
                + Arrays.toString(Arrays.copyOf(a, 3)) + " copyOfRange past end "
                + Arrays.toString(Arrays.copyOfRange(a, 6, 10)));
        try {
            Arrays.copyOfRange(a, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange(5,2): " + e.getMessage());
        }
        try {
            Arrays.copyOf(a, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf(-1): " + e.getClass().getName());
        }

        int[] x = {1, 2, 3, 4, 5};
        int[] y = {1, 2, 3, 9};
        System.out.println("mismatch " + Arrays.mismatch(x, y) + " same " + Arrays.mismatch(x, x.clone())
                + " prefix " + Arrays.mismatch(x, new int[] {1, 2}) + " empty " + Arrays.mismatch(new int[0], new int[0]));
        System.out.println("compare " + Arrays.compare(x, y) + " " + Arrays.compare(y, x) + " prefix "
                + Arrays.compare(new int[] {1, 2}, x) + " equal " + Arrays.compare(x, x.clone()) + " null "
                + Arrays.compare(null, x));
        byte[] p = {1, -1};
        byte[] q = {1, 1};
        System.out.println("bytes signed " + Arrays.compare(p, q) + " unsigned " + Arrays.compareUnsigned(p, q)
                + " strings " + Arrays.compare(new String[] {"a", "b"}, new String[] {"a", "c"}));
        long[] squares = new long[6];
        Arrays.setAll(squares, i -> (long) i * i * 1_000_000_000L);
        System.out.println("setAll " + Arrays.toString(squares) + " max "
                + squares[squares.length - 1]);
    }
}
