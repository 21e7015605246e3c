package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedList;
import java.util.List;

/**
 * Sub-lists as views: writes through in both directions, clearing a range, nested sub-lists, range errors, and
 * the ConcurrentModificationException once the backing list changes structurally behind the view.
 */
public final class SubListViews {
    private SubListViews() {
    }

    static void exercise(List<Integer> list) {
        for (int i = 0; i < 12; i++) {
            list.add(i * 10);
        }
        List<Integer> middle = list.subList(3, 9);
        System.out.println(list.getClass().getSimpleName() + " middle=" + middle);
        middle.set(0, -30);
        middle.add(999);
        System.out.println("after set/add: " + list + " middle.size=" + middle.size());
        List<Integer> inner = middle.subList(1, 3);
        inner.clear();
        System.out.println("inner cleared: " + list + " middle=" + middle);
        list.subList(0, 2).clear();
        System.out.println("head cleared: " + list);
        System.out.println("empty view " + list.subList(4, 4) + " indexOf(999) in tail "
                + list.subList(2, list.size()).indexOf(999));
        int[][] ranges = {{-1, 2}, {3, 2}, {0, 99}};
        for (int[] r : ranges) {
            try {
                list.subList(r[0], r[1]);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                System.out.println("subList(" + r[0] + "," + r[1] + "): " + e);
            }
        }
        List<Integer> stale = list.subList(1, 4);
        list.add(7);
        try {
            System.out.println(stale.get(0));
        } catch (ConcurrentModificationException e) {
            System.out.println("stale view: " + e.getClass().getName());
        }
        List<Integer> fresh = list.subList(1, 4);
        fresh.set(1, 0);
        System.out.println("non-structural is fine: " + fresh + " sum=" + sum(list));
    }

    static long sum(List<Integer> list) {
        long s = 0;
        for (Integer i : list) {
            s += i;
        }
        return s;
    }

    public static void main(String[] args) {
        exercise(new ArrayList<>());
        exercise(new LinkedList<>());
    }
}
