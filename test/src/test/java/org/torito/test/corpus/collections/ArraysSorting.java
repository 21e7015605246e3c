package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Arrays.sort and Arrays.binarySearch: every primitive type (doubles with NaN, -0.0 and infinities; chars with
 * non-ASCII), large arrays that take the dual-pivot quicksort paths, sorting a range, objects by natural order
 * and by comparators (stable for equal keys), searching hits and insertion points, and range errors.
 */
public final class ArraysSorting {
    record Person(String name, int age) {
    }

    private ArraysSorting() {
    }

    public static void main(String[] args) {
        int[] ints = {5, -3, Integer.MAX_VALUE, 0, Integer.MIN_VALUE, 5, 17, -3};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints) + " bs(5)=" + Arrays.binarySearch(ints, 5) + " bs(6)="
                + Arrays.binarySearch(ints, 6) + " bs(MIN)=" + Arrays.binarySearch(ints, Integer.MIN_VALUE));
        double[] doubles = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1e300, Double.MIN_VALUE, 0.0, -0.0};
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles) + " bs(0.0)=" + Arrays.binarySearch(doubles, 0.0)
                + " bs(NaN)=" + Arrays.binarySearch(doubles, Double.NaN));
        float[] floats = {2.5f, -0.0f, Float.NaN, 0.0f, -2.5f};
        Arrays.sort(floats);
        System.out.println(Arrays.toString(floats));
        char[] chars = "sortiertés Ärger €".toCharArray();
        Arrays.sort(chars);
        System.out.println("[" + new String(chars) + "]");
        byte[] bytes = {127, -128, 0, -1, 1};
        short[] shorts = {300, -300, 0, Short.MIN_VALUE};
        long[] longs = {Long.MAX_VALUE, -1L, Long.MIN_VALUE, 1L << 40};
        Arrays.sort(bytes);
        Arrays.sort(shorts);
        Arrays.sort(longs);
        System.out.println(Arrays.toString(bytes) + Arrays.toString(shorts) + Arrays.toString(longs));

        int[] big = new int[5000];
        long seed = 7;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 25214903917L + 11 & ((1L << 48) - 1);
            big[i] = (int) (seed >>> 17) % 1000 - 500;
        }
        int[] copy = big.clone();
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) {
            ok &= big[i - 1] <= big[i];
        }
        System.out.println("big sorted " + ok + " min " + big[0] + " max " + big[big.length - 1] + " median "
                + big[2500] + " first of 0 at " + Arrays.binarySearch(big, 0));
        Arrays.sort(copy, 100, 110);
        System.out.println("range " + Arrays.toString(Arrays.copyOfRange(copy, 98, 112)));

        Person[] people = {new Person("Zoë", 30), new Person("adam", 25), new Person("Bob", 30),
            new Person("Eve", 25), new Person("Ålf", 41)};
        Person[] byAge = people.clone();
        Arrays.sort(byAge, Comparator.comparingInt(Person::age));
        System.out.println("by age (stable) " + Arrays.toString(byAge));
        Arrays.sort(people, Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));
        System.out.println("by name ci " + Arrays.toString(people));
        String[] names = {"pear", "Apple", "apple", "Ápple", "banana"};
        Arrays.sort(names);
        System.out.println(Arrays.toString(names) + " bs(banana)=" + Arrays.binarySearch(names, "banana")
                + " bs(cherry)=" + Arrays.binarySearch(names, "cherry"));
        try {
            Arrays.sort(ints, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("sort(5,2): " + e.getMessage());
        }
        try {
            Arrays.binarySearch(ints, -1, 3, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("binarySearch(-1,3): " + e.getMessage());
        }
        try {
            Arrays.sort(new Object[] {"a", 1});
        } catch (ClassCastException e) {
            System.out.println("mixed objects: ClassCastException");
        }
    }
}
