package org.torito.test.corpus.errors;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** ConcurrentHashMap's atomic updates on one thread: compute, merge, computeIfAbsent and its null refusals. */
public final class ConcurrentHashMapCompute {
    private ConcurrentHashMapCompute() {
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end";
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println(new TreeMap<>(counts));
        System.out.println(counts.compute("the", (k, v) -> v == null ? 0 : v * 10) + " "
                + counts.compute("cat", (k, v) -> v == null ? -1 : v) + " "
                + counts.compute("fox", (k, v) -> null) + " " + counts.containsKey("fox"));
        System.out.println(counts.computeIfAbsent("owl", String::length) + " "
                + counts.computeIfAbsent("owl", k -> 99) + " " + counts.computeIfAbsent("yak", k -> null) + " "
                + counts.containsKey("yak"));
        System.out.println(counts.computeIfPresent("dog", (k, v) -> v + 100) + " "
                + counts.computeIfPresent("emu", (k, v) -> 1) + " " + counts.computeIfPresent("end", (k, v) -> null));
        System.out.println(counts.merge("lazy", 5, (a, b) -> null) + " " + counts.get("lazy") + " "
                + counts.putIfAbsent("quick", 7) + " " + counts.putIfAbsent("slow", 7));
        System.out.println(counts.replace("slow", 7, 8) + " " + counts.replace("slow", 7, 9) + " "
                + counts.remove("slow", 9) + " " + counts.remove("slow", 8) + " " + counts.getOrDefault("slow", -5));
        System.out.println(counts.size() + " " + counts.mappingCount() + " " + new TreeMap<>(counts));
        Object[][] bad = {{null, 1}, {"k", null}};
        for (Object[] kv : bad) {
            try {
                counts.put((String) kv[0], (Integer) kv[1]);
            } catch (NullPointerException e) {
                System.out.println("put null: " + e.getMessage());
            }
        }
        try {
            counts.computeIfAbsent("boom", k -> {
                throw new IllegalStateException("mapping failed for " + k);
            });
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " " + counts.containsKey("boom"));
        }
        try {
            counts.get(null);
        } catch (NullPointerException e) {
            System.out.println("get null");
        }
        ConcurrentHashMap<Integer, String> byLength = new ConcurrentHashMap<>(4);
        for (int n = 0; n < 40; n++) {
            byLength.merge(n % 7, Integer.toString(n), (a, b) -> a + "+" + b);
        }
        for (Map.Entry<Integer, String> e : byLength.entrySet()) {
            System.out.println(e.getKey() + " -> " + e.getValue());
        }
        System.out.println(new java.util.TreeSet<>(counts.keySet()) + " " + counts.containsValue(101) + " "
                + counts.contains(30) + " " + counts.isEmpty());
    }
}
