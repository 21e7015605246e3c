package org.torito.test.corpus.collections;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * TreeMaps ordered by comparators: case-insensitive keys (a put with other case keeps the first key),
 * reverse order, a comparator over string length then text, null keys (NPE with natural order, allowed by
 * nullsFirst), a key class that is not Comparable, and a sorted copy of a map keeping its comparator.
 */
public final class TreeMapComparators {
    static final class Plain {
        final int v;

        Plain(int v) {
            this.v = v;
        }
    }

    private TreeMapComparators() {
    }

    public static void main(String[] args) {
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String[] keys = {"Banana", "apple", "APPLE", "cherry", "Äpfel", "banana", "Zed", "éclair"};
        for (int i = 0; i < keys.length; i++) {
            ci.put(keys[i], i);
        }
        System.out.println("case-insensitive " + ci + " get(CHERRY)=" + ci.get("CHERRY"));

        TreeMap<Integer, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        for (int i = -3; i <= 3; i++) {
            reversed.put(i * i * i, "c" + i);
        }
        System.out.println("reverse " + reversed + " ceiling(5)=" + reversed.ceilingKey(5) + " floor(5)="
                + reversed.floorKey(5) + " headMap(0)=" + reversed.headMap(0));

        Comparator<String> byLength = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        TreeMap<String, Integer> lengthMap = new TreeMap<>(byLength);
        for (String w : "to be or not to be that is the question whether tis nobler".split(" ")) {
            lengthMap.merge(w, 1, Integer::sum);
        }
        System.out.println("by length " + lengthMap);
        System.out.println("first of length 3+: " + lengthMap.ceilingKey("aaa") + ", last below 5: "
                + lengthMap.lowerKey("aaaaa"));

        TreeMap<String, Integer> natural = new TreeMap<>();
        natural.put("x", 1);
        try {
            natural.put(null, 2);
        } catch (NullPointerException e) {
            System.out.println("null key in natural order: NPE");
        }
        TreeMap<String, Integer> nullable = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nullable.put("m", 1);
        nullable.put(null, 0);
        nullable.put("a", 2);
        System.out.println("nullsFirst " + nullable + " firstKey=" + nullable.firstKey());

        TreeMap<Plain, String> plain = new TreeMap<>();
        try {
            plain.put(new Plain(1), "one");
        } catch (ClassCastException e) {
            System.out.println("non-comparable key: ClassCastException");
        }
        TreeMap<Plain, String> byField = new TreeMap<>(Comparator.comparingInt(p -> -p.v));
        for (int i = 0; i < 5; i++) {
            byField.put(new Plain(i), "p" + i);
        }
        System.out.println("by -v " + byField.values());

        TreeMap<String, Integer> copy = new TreeMap<>(ci);
        copy.put("BANANA", 100);
        System.out.println("copy keeps comparator: " + (copy.comparator() == String.CASE_INSENSITIVE_ORDER)
                + " " + copy);
        Map<String, Integer> fromHash = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        System.out.println("from Map.of " + fromHash);
    }
}
