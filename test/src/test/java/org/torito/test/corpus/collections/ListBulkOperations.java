package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

/**
 * Bulk list operations: removeIf, replaceAll, sort (natural, reversed, by a key, stable for equal keys),
 * addAll at an index, removeAll, retainAll, containsAll, toArray into small and large arrays, and null
 * comparators.
 */
public final class ListBulkOperations {
    private ListBulkOperations() {
    }

    public static void main(String[] args) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = -10; i <= 20; i += 3) {
            numbers.add(i);
        }
        System.out.println("start " + numbers);
        System.out.println("removeIf odd: " + numbers.removeIf(n -> n % 2 != 0) + " " + numbers);
        System.out.println("removeIf >100: " + numbers.removeIf(n -> n > 100));
        numbers.replaceAll(n -> n * n - 7);
        System.out.println("squared-7 " + numbers);
        numbers.sort(null);
        System.out.println("natural " + numbers);
        numbers.sort(Comparator.reverseOrder());
        System.out.println("reversed " + numbers);

        List<String> words = new LinkedList<>(Arrays.asList("pear", "fig", "banana", "kiwi", "apple", "date",
                "cherry", "plum", "lime"));
        words.sort(Comparator.comparingInt(String::length));
        System.out.println("by length (stable) " + words);
        words.addAll(2, List.of("X", "Y"));
        System.out.println("addAll(2) " + words);
        System.out.println("removeAll " + words.removeAll(List.of("X", "fig", "nothing")) + " " + words);
        System.out.println("containsAll " + words.containsAll(List.of("Y", "kiwi")) + " "
                + words.containsAll(List.of("Y", "fig")));
        System.out.println("retainAll " + words.retainAll(List.of("kiwi", "plum", "cherry", "Y")) + " " + words);
        System.out.println("retainAll again " + words.retainAll(List.of("kiwi", "plum", "cherry", "Y")));

        String[] small = words.toArray(new String[0]);
        String[] large = words.toArray(new String[8]);
        Arrays.fill(large, words.size() + 1, large.length, "pad");
        System.out.println("toArray small " + Arrays.toString(small) + " large " + Arrays.toString(large));
        Object[] objects = numbers.toArray();
        System.out.println("Object[] length " + objects.length + " first " + objects[0]);

        try {
            numbers.removeIf(null);
        } catch (NullPointerException e) {
            System.out.println("removeIf(null): NPE");
        }
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a"));
        try {
            withNulls.sort(null);
        } catch (NullPointerException e) {
            System.out.println("natural sort with null element: NPE");
        }
        withNulls.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        System.out.println("nullsLast " + withNulls);
        withNulls.replaceAll(s -> s == null ? "(none)" : s + s);
        System.out.println("replaced " + withNulls);
    }
}
