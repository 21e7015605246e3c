package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The Collections algorithms: sort, reverse, shuffle with a seeded Random (the same permutation as HotSpot's),
 * frequency, nCopies, rotate by positive and negative distances, swap, binarySearch (hits and insertion
 * points, with a comparator), min and max, fill, indexOfSubList, addAll, and reverseOrder.
 */
public final class CollectionsAlgorithms {
    private CollectionsAlgorithms() {
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            list.add(i);
        }
        Collections.shuffle(list, new Random(42));
        System.out.println("shuffle(42) " + list);
        Collections.shuffle(list, new Random(-1L));
        System.out.println("shuffle(-1) " + list);
        System.out.println("min " + Collections.min(list) + " max " + Collections.max(list)
                + " max by -x " + Collections.max(list, Comparator.comparingInt(i -> -i)));
        Collections.sort(list);
        System.out.println("sorted " + list);
        for (int key : new int[] {1, 7, 12, 0, 13, -5}) {
            System.out.print("bs(" + key + ")=" + Collections.binarySearch(list, key) + " ");
        }
        System.out.println();
        Collections.reverse(list);
        System.out.println("reversed " + list + " bs desc(4)="
                + Collections.binarySearch(list, 4, Collections.reverseOrder()));
        Collections.rotate(list, 3);
        System.out.println("rotate 3 " + list);
        Collections.rotate(list, -5);
        System.out.println("rotate -5 " + list);
        Collections.rotate(list, 25);
        System.out.println("rotate 25 " + list);
        Collections.swap(list, 0, list.size() - 1);
        System.out.println("swap ends " + list);
        try {
            Collections.swap(list, 0, 12);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("swap(0,12): " + e.getMessage());
        }

        List<String> letters = new ArrayList<>(Arrays.asList("b", "a", "c", "a", "b", "a"));
        System.out.println("frequency a=" + Collections.frequency(letters, "a") + " z="
                + Collections.frequency(letters, "z") + " null=" + Collections.frequency(letters, null));
        System.out.println("indexOfSubList " + Collections.indexOfSubList(letters, List.of("a", "b"))
                + " lastIndexOfSubList " + Collections.lastIndexOfSubList(letters, List.of("b", "a")));
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println("nCopies " + copies + " " + String.join("", copies) + " empty " + Collections.nCopies(0, 1));
        try {
            Collections.nCopies(-1, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("nCopies(-1): " + e.getMessage());
        }
        Collections.addAll(letters, "z", "y");
        letters.sort(Collections.reverseOrder());
        System.out.println("reverseOrder " + letters);
        Collections.fill(letters, "-");
        System.out.println("filled " + letters);
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shuffled.add(i);
        }
        Random random = new Random(2024);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(shuffled, random);
            System.out.println("round " + round + " " + shuffled.subList(0, 10));
        }
        try {
            Collections.min(new ArrayList<Integer>());
        } catch (java.util.NoSuchElementException e) {
            System.out.println("min of empty: NoSuchElementException");
        }
    }
}
