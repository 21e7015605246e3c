package org.torito.test.corpus.errors;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** ConcurrentSkipListMap and Set as sorted maps on one thread: navigation, views, polling and comparators. */
public final class ConcurrentSkipListMapNavigation {
    private ConcurrentSkipListMapNavigation() {
    }

    public static void main(String[] args) {
        ConcurrentSkipListMap<Integer, String> m = new ConcurrentSkipListMap<>();
        int[] keys = {50, 10, 90, 30, 70, -20, 0, 110};
        for (int k : keys) {
            m.put(k, "v" + k);
        }
        System.out.println(m);
        System.out.println(m.firstKey() + " " + m.lastKey() + " " + m.floorKey(55) + " " + m.ceilingKey(55) + " "
                + m.lowerKey(-20) + " " + m.higherKey(110) + " " + m.floorEntry(-21));
        ConcurrentNavigableMap<Integer, String> head = m.headMap(30);
        ConcurrentNavigableMap<Integer, String> tail = m.tailMap(70, false);
        ConcurrentNavigableMap<Integer, String> mid = m.subMap(0, true, 90, true);
        System.out.println(head + " " + tail + " " + mid.keySet() + " " + mid.descendingMap());
        m.put(20, "v20");
        m.remove(90);
        System.out.println(head.keySet() + " " + mid.keySet() + " " + mid.size());
        try {
            head.put(40, "out of range");
        } catch (IllegalArgumentException e) {
            System.out.println("head put: " + e.getMessage());
        }
        Map.Entry<Integer, String> first = m.pollFirstEntry();
        Map.Entry<Integer, String> last = m.pollLastEntry();
        System.out.println(first + " " + last + " " + m.size());
        try {
            first.setValue("changed");
        } catch (UnsupportedOperationException e) {
            System.out.println("entry setValue: " + e);
        }
        System.out.println(m.merge(10, "!", String::concat) + " " + m.computeIfAbsent(15, k -> "c" + k) + " "
                + m.putIfAbsent(15, "again") + " " + m.replace(15, "c15", "r15") + " " + m.get(15));
        System.out.println(m.descendingKeySet() + " " + m.navigableKeySet().headSet(20, true));
        ConcurrentSkipListMap<String, Integer> byLength = new ConcurrentSkipListMap<>(
                Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : "pear fig banana kiwi apple date plum".split(" ")) {
            byLength.merge(w, 1, Integer::sum);
        }
        System.out.println(byLength + " " + byLength.firstKey() + " " + byLength.ceilingKey("zzzz"));
        try {
            m.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key refused");
        }
        ConcurrentSkipListSet<String> set = new ConcurrentSkipListSet<>(java.util.List.of("ü", "u", "z", "a", "é"));
        System.out.println(set + " " + set.pollFirst() + " " + set.last() + " " + set.headSet("u") + " "
                + set.descendingSet());
    }
}
