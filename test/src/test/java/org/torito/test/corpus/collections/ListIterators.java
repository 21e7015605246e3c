package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * ListIterator in both directions: nextIndex/previousIndex, set, add and remove while walking, the
 * IllegalStateException of remove/set without a current element, and NoSuchElementException at the ends.
 */
public final class ListIterators {
    private ListIterators() {
    }

    static void walk(List<String> list) {
        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            int index = it.nextIndex();
            String s = it.next();
            if (s.startsWith("x")) {
                it.remove();
            } else if (s.length() > 4) {
                it.set(s.toUpperCase());
            } else if (index % 2 == 0) {
                it.add(s + "+");
            }
        }
        System.out.println("forward: " + list);
        StringBuilder back = new StringBuilder();
        ListIterator<String> rev = list.listIterator(list.size());
        while (rev.hasPrevious()) {
            back.append(rev.previousIndex()).append(':').append(rev.previous()).append(' ');
        }
        System.out.println("backward: " + back.toString().trim());
        try {
            rev.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous at start: " + e.getClass().getSimpleName());
        }
        ListIterator<String> fresh = list.listIterator(1);
        try {
            fresh.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: " + e.getClass().getSimpleName());
        }
        fresh.next();
        fresh.add("inserted");
        try {
            fresh.set("bad");
        } catch (IllegalStateException e) {
            System.out.println("set after add: " + e.getClass().getSimpleName());
        }
        try {
            list.listIterator(list.size() + 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator(size+1): " + e.getMessage());
        }
        Iterator<String> plain = list.iterator();
        while (plain.hasNext()) {
            plain.next();
        }
        try {
            plain.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: " + e.getClass().getSimpleName());
        }
        System.out.println("final: " + list);
    }

    public static void main(String[] args) {
        String[] words = {"ant", "xylophone", "bee", "cricket", "x", "dragonfly", "eel", "fly"};
        walk(new ArrayList<>(List.of(words)));
        walk(new LinkedList<>(List.of(words)));
    }
}
