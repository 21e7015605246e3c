package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fail-fast iterators: structural changes during a for-each throw ConcurrentModificationException (ArrayList,
 * LinkedList, HashMap, TreeMap), removal through the iterator does not, set() is not structural, the
 * removal of the second-to-last element escapes detection (as the JDK documents), and forEach with a
 * modifying action throws too.
 */
public final class FailFastIterators {
    private FailFastIterators() {
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println(what + ": ConcurrentModificationException");
        }
    }

    public static void main(String[] args) {
        List<Integer> array = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("ArrayList add in for-each", () -> {
            for (Integer i : array) {
                if (i == 2) {
                    array.add(99);
                }
            }
        });
        List<Integer> secondLast = new ArrayList<>(List.of(1, 2, 3));
        attempt("ArrayList remove second-to-last", () -> {
            for (Integer i : secondLast) {
                if (i == 2) {
                    secondLast.remove(i);
                }
            }
        });
        System.out.println("  left " + secondLast);
        List<Integer> setList = new ArrayList<>(List.of(1, 2, 3));
        attempt("ArrayList set in for-each", () -> {
            for (int i = 0; i < setList.size(); i++) {
                setList.set(i, setList.get(i) * 10);
            }
            for (Integer v : setList) {
                setList.set(0, v);
            }
        });
        System.out.println("  " + setList);
        List<String> linked = new LinkedList<>(List.of("a", "b", "c", "d"));
        attempt("LinkedList remove in for-each", () -> {
            for (String s : linked) {
                if (s.equals("a")) {
                    linked.remove(s);
                }
            }
        });
        Iterator<String> it = linked.iterator();
        while (it.hasNext()) {
            if (it.next().compareTo("c") < 0) {
                it.remove();
            }
        }
        System.out.println("iterator.remove leaves " + linked);

        Map<String, Integer> hash = new HashMap<>(Map.of("x", 1, "y", 2, "z", 3));
        attempt("HashMap put in keySet loop", () -> {
            for (String k : hash.keySet()) {
                hash.put(k + k, 0);
            }
        });
        attempt("HashMap replace value in entry loop", () -> {
            for (Map.Entry<String, Integer> e : hash.entrySet()) {
                e.setValue(e.getValue() + 100);
            }
        });
        Map<Integer, Integer> tree = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            tree.put(i, i * i);
        }
        attempt("TreeMap remove in values loop", () -> {
            for (Integer v : tree.values()) {
                if (v == 4) {
                    tree.remove(3);
                }
            }
        });
        tree.entrySet().removeIf(e -> e.getKey() % 2 == 0);
        System.out.println("removeIf on entrySet " + tree);
        attempt("ArrayList forEach adding", () -> array.forEach(i -> array.add(i)));
        attempt("HashMap computeIfAbsent in forEach", () -> hash.forEach((k, v) -> hash.computeIfAbsent("new", n -> 1)));
        attempt("removeIf (not via iterator)", () -> array.removeIf(i -> i > 3));
        System.out.println("  " + array);
    }
}
