package org.torito.test.corpus.collections;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * TreeSet navigation: floor/ceiling/higher/lower on strings, subSet/headSet/tailSet with both kinds of bounds,
 * descendingSet and descendingIterator, pollFirst/pollLast, and a TreeSet under a custom comparator in which
 * distinct but comparator-equal elements are duplicates.
 */
public final class TreeSetNavigation {
    private TreeSetNavigation() {
    }

    public static void main(String[] args) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : "mango apple cherry banana fig grape kiwi lemon date elderberry".split(" ")) {
            words.add(w);
        }
        System.out.println(words);
        for (String probe : new String[] {"a", "apple", "coconut", "fig", "zucchini", ""}) {
            System.out.println("'" + probe + "' floor=" + words.floor(probe) + " ceiling=" + words.ceiling(probe)
                    + " lower=" + words.lower(probe) + " higher=" + words.higher(probe));
        }
        System.out.println("subSet(c,g) " + words.subSet("c", "g") + " subSet incl " + words.subSet("cherry", true,
                "grape", true));
        System.out.println("headSet(fig) " + words.headSet("fig") + " tailSet(fig,false) " + words.tailSet("fig", false));
        NavigableSet<String> desc = words.descendingSet();
        System.out.println("desc " + desc + " desc.first " + desc.first() + " desc.headSet(kiwi) " + desc.headSet("kiwi"));
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = words.descendingIterator(); it.hasNext();) {
            String w = it.next();
            if (w.length() % 2 == 0) {
                it.remove();
            } else {
                sb.append(w.charAt(0));
            }
        }
        System.out.println("kept initials " + sb + " set " + words);
        System.out.println("pollFirst " + words.pollFirst() + " pollLast " + words.pollLast() + " left " + words);

        TreeSet<String> byLength = new TreeSet<>(Comparator.comparingInt(String::length));
        for (String w : "one two three four five six seven eight".split(" ")) {
            System.out.print(byLength.add(w) ? "+" + w + " " : "-" + w + " ");
        }
        System.out.println();
        System.out.println("by length " + byLength + " contains(xyz) " + byLength.contains("xyz"));

        TreeSet<Integer> ints = new TreeSet<>();
        for (int i = 0; i < 100; i += 9) {
            ints.add(i * (i % 2 == 0 ? 1 : -1));
        }
        System.out.println(ints + " floor(-10)=" + ints.floor(-10) + " ceiling(100)=" + ints.ceiling(100)
                + " headSet(0,true)=" + ints.headSet(0, true).size());
        try {
            ints.tailSet(50).add(10);
        } catch (IllegalArgumentException e) {
            System.out.println("add outside tailSet: " + e.getMessage());
        }
        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println("empty pollFirst=" + empty.pollFirst() + " floor=" + empty.floor(3));
        try {
            empty.last();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("last of empty: NoSuchElementException");
        }
    }
}
