package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Arrays.sort on object arrays (the merge sort path, TimSort for more than 32 elements): boxed integers by natural
 * order, by a comparator and over a range, records by comparators (stable for equal keys), strings with
 * non-ASCII; Arrays.binarySearch on sorted primitive arrays (ints at the extremes, doubles with -0.0 and NaN,
 * non-ASCII chars) and object arrays, with hits and insertion points, and the range and type errors.
 */
public final class ObjectArraySorting {
    record Person(String name, int age) {
    }

    private ObjectArraySorting() {
    }

    public static void main(String[] args) {
        int[] ints = {Integer.MIN_VALUE, -3, -3, 0, 5, 5, 17, Integer.MAX_VALUE};
        System.out.println("bs(5)=" + Arrays.binarySearch(ints, 5) + " bs(6)=" + Arrays.binarySearch(ints, 6)
                + " bs(MIN)=" + Arrays.binarySearch(ints, Integer.MIN_VALUE) + " bs range(2,4,17)="
                + Arrays.binarySearch(ints, 2, 4, 17));
        double[] doubles = {Double.NEGATIVE_INFINITY, -1e300, -0.0, 0.0, Double.MIN_VALUE, 3.5, Double.NaN};
        System.out.println("bs(0.0)=" + Arrays.binarySearch(doubles, 0.0) + " bs(-0.0)=" + Arrays.binarySearch(doubles, -0.0)
                + " bs(NaN)=" + Arrays.binarySearch(doubles, Double.NaN) + " bs(1.0)=" + Arrays.binarySearch(doubles, 1.0));
        char[] chars = "acegikmoqsuwyÄé€".toCharArray();
        System.out.println("bs(q)=" + Arrays.binarySearch(chars, 'q') + " bs(€)=" + Arrays.binarySearch(chars, '€')
                + " bs(b)=" + Arrays.binarySearch(chars, 'b'));

        Integer[] boxed = new Integer[300];
        long seed = 7;
        for (int i = 0; i < boxed.length; i++) {
            seed = seed * 25214903917L + 11 & ((1L << 48) - 1);
            boxed[i] = (int) (seed >>> 17) % 1000 - 500;
        }
        Integer[] copy = boxed.clone();
        Arrays.sort(boxed);
        boolean ok = true;
        for (int i = 1; i < boxed.length; i++) {
            ok &= boxed[i - 1] <= boxed[i];
        }
        System.out.println("boxed sorted " + ok + " min " + boxed[0] + " max " + boxed[boxed.length - 1] + " median "
                + boxed[150] + " bs(0)=" + Arrays.binarySearch(boxed, 0));
        Arrays.sort(copy, 100, 110, Comparator.reverseOrder());
        System.out.println("range desc " + Arrays.toString(Arrays.copyOfRange(copy, 98, 112)));
        Arrays.sort(copy, Comparator.comparingInt(v -> Math.abs(v)));
        System.out.println("by abs " + Arrays.toString(Arrays.copyOf(copy, 10)));
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
            Arrays.sort(copy, 5, 2);
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
