package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Fail-fast iterators throwing ConcurrentModificationException, against a concurrent map whose iterators don't. */
public final class ConcurrentModificationChecks {
    private ConcurrentModificationChecks() {
    }

    static String removeEvens(List<Integer> list) {
        try {
            for (Integer v : list) {
                if (v % 2 == 0) {
                    list.remove(v);
                }
            }
            return "ok " + list;
        } catch (ConcurrentModificationException e) {
            return e + " after " + list;
        }
    }

    static String growWhileIterating(Map<String, Integer> map) {
        try {
            for (String k : map.keySet()) {
                if (k.length() == 1) {
                    map.put(k + k, 0);
                }
            }
            return "ok " + new TreeMap<>(map);
        } catch (ConcurrentModificationException e) {
            return e.getClass().getSimpleName() + " after " + new TreeMap<>(map);
        }
    }

    public static void main(String[] args) {
        System.out.println(removeEvens(new ArrayList<>(List.of(1, 2, 3, 4, 5))));
        System.out.println(removeEvens(new ArrayList<>(List.of(1, 3, 4, 5))));
        System.out.println(removeEvens(new ArrayList<>(List.of(1, 3, 5, 4))));
        System.out.println(removeEvens(new java.util.LinkedList<>(List.of(2, 1, 4))));
        System.out.println(growWhileIterating(new HashMap<>(Map.of("a", 1, "b", 2))));
        System.out.println(growWhileIterating(new TreeMap<>(Map.of("a", 1, "b", 2))));
        System.out.println(growWhileIterating(new ConcurrentHashMap<>(Map.of("a", 1, "b", 2))).length() > 0);
        List<Integer> safe = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        for (Iterator<Integer> it = safe.iterator(); it.hasNext();) {
            if (it.next() % 3 == 0) {
                it.remove();
            }
        }
        safe.removeIf(v -> v == 1);
        System.out.println(safe);
        Iterator<Integer> twice = safe.iterator();
        twice.next();
        twice.remove();
        try {
            twice.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: " + e);
        }
        try {
            safe.forEach(v -> safe.add(v));
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach add: " + e + " size " + safe.size());
        }
        List<Integer> sub = safe.subList(0, 1);
        safe.add(0, 9);
        try {
            System.out.println(sub.size());
        } catch (ConcurrentModificationException e) {
            e.printStackTrace(System.out);
        }
    }
}
