package org.torito.test.corpus.collections;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * TreeMap navigation over int keys: floor/ceiling/higher/lower (keys and entries) at, between and beyond the
 * keys, first/last and poll, headMap/tailMap/subMap with inclusive and exclusive bounds as live views,
 * descendingMap, and the IllegalArgumentException of a put outside a view's range.
 */
public final class TreeMapNavigation {
    private TreeMapNavigation() {
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> grades = new TreeMap<>();
        int[] bounds = {0, 60, 70, 80, 90};
        String[] letters = {"F", "D", "C", "B", "A"};
        for (int i = 0; i < bounds.length; i++) {
            grades.put(bounds[i], letters[i]);
        }
        int[] scores = {-5, 0, 59, 60, 75, 89, 90, 100};
        for (int s : scores) {
            System.out.println(s + ": floor=" + grades.floorKey(s) + " grade=" + grades.floorEntry(s)
                    + " ceiling=" + grades.ceilingKey(s) + " higher=" + grades.higherKey(s)
                    + " lower=" + grades.lowerKey(s));
        }
        System.out.println("first=" + grades.firstEntry() + " last=" + grades.lastKey() + " size=" + grades.size());

        TreeMap<Integer, String> map = new TreeMap<>();
        for (int i = 1; i <= 20; i++) {
            map.put(i * 5, "v" + i);
        }
        NavigableMap<Integer, String> head = map.headMap(30, false);
        NavigableMap<Integer, String> headIncl = map.headMap(30, true);
        NavigableMap<Integer, String> tail = map.tailMap(87, true);
        NavigableMap<Integer, String> sub = map.subMap(40, true, 60, false);
        System.out.println("head " + head.keySet() + " headIncl " + headIncl.keySet());
        System.out.println("tail " + tail + " sub " + sub);
        map.put(42, "new");
        map.remove(45);
        System.out.println("live sub " + sub + " sub.firstKey=" + sub.firstKey() + " sub.lastEntry=" + sub.lastEntry());
        try {
            sub.put(70, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("put outside view: " + e.getMessage());
        }
        sub.put(41, "in");
        System.out.println("map has 41: " + map.containsKey(41));

        NavigableMap<Integer, String> desc = map.descendingMap();
        System.out.println("desc first=" + desc.firstKey() + " headMap(80)=" + desc.headMap(80).keySet()
                + " ceiling(77)=" + desc.ceilingKey(77) + " floor(77)=" + desc.floorKey(77));
        System.out.println("descendingKeySet of sub " + sub.descendingKeySet());
        StringBuilder polled = new StringBuilder();
        while (map.size() > 17) {
            polled.append(map.pollFirstEntry()).append(' ').append(map.pollLastEntry()).append(' ');
        }
        System.out.println("polled " + polled + "left " + map.size());
        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println("empty floor=" + empty.floorKey(1) + " firstEntry=" + empty.firstEntry()
                + " pollFirst=" + empty.pollFirstEntry());
        try {
            empty.firstKey();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("firstKey of empty: " + e.getClass().getName());
        }
        try {
            map.subMap(50, 40);
        } catch (IllegalArgumentException e) {
            System.out.println("subMap(50,40): " + e.getMessage());
        }
    }
}
