package org.torito.test.corpus.errors;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** ConcurrentHashMap's views on one thread: removal through iterators and views, replaceAll, equality, growth. */
public final class ConcurrentHashMapViews {
    private ConcurrentHashMapViews() {
    }

    public static void main(String[] args) {
        ConcurrentMap<String, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i++) {
            m.put("k" + i, i);
        }
        System.out.println(m.size() + " " + m.get("k199") + " " + m.get("k200"));
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 3 != 0) {
                it.remove();
            } else if (e.getValue() % 2 == 0) {
                e.setValue(-e.getValue());
            }
        }
        System.out.println(m.size() + " " + m.get("k6") + " " + m.get("k9") + " " + m.get("k10"));
        m.keySet().removeIf(k -> k.length() > 3);
        m.values().remove(-12);
        System.out.println(new TreeMap<>(m));
        m.replaceAll((k, v) -> v * 10 + k.length());
        System.out.println(new TreeMap<>(m));
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(m.equals(copy) + " " + copy.equals(m) + " " + (m.hashCode() == copy.hashCode()));
        copy.put("extra", 1);
        System.out.println(m.equals(copy) + " " + m.entrySet().contains(Map.entry("k3", 302)));
        long sum = 0;
        for (int v : m.values()) {
            sum += v;
        }
        System.out.println(sum + " " + m.keySet().contains("k0") + " " + m.containsValue(2));
        try {
            m.entrySet().iterator().next().setValue(null);
        } catch (NullPointerException e) {
            System.out.println("setValue(null) refused");
        }
        try {
            m.keySet().add("k1");
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet add: " + e);
        }
        ConcurrentHashMap<Integer, Integer> grow = new ConcurrentHashMap<>(1);
        for (int i = 0; i < 5000; i++) {
            grow.merge(i % 1234, 1, Integer::sum);
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int v : grow.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.println(grow.size() + " " + min + " " + max + " " + grow.get(0) + " " + grow.get(1233));
        m.clear();
        System.out.println(m + " " + m.isEmpty() + " " + m.putIfAbsent("a", 1) + " " + m);
    }
}
