package org.torito.test.corpus.collections;

import java.util.HashMap;
import java.util.Map;

/**
 * HashMap with String and Integer keys: put/get/remove, null keys and values, getOrDefault, putIfAbsent,
 * merge (including removal by a null result), compute, computeIfAbsent/computeIfPresent, conditional
 * remove and replace, resizing, and iteration over entries.
 */
public final class HashMapOperations {
    private HashMapOperations() {
    }

    public static void main(String[] args) {
        Map<String, Integer> map = new HashMap<>();
        System.out.println(map + " get(missing)=" + map.get("missing"));
        System.out.println("put a -> " + map.put("a", 1) + ", again -> " + map.put("a", 2));
        map.put(null, 0);
        map.put("nullValue", null);
        System.out.println("get(null)=" + map.get(null) + " containsKey(nullValue)=" + map.containsKey("nullValue")
                + " getOrDefault(nullValue)=" + map.getOrDefault("nullValue", -1)
                + " getOrDefault(zz)=" + map.getOrDefault("zz", -1));
        System.out.println("putIfAbsent(nullValue) -> " + map.putIfAbsent("nullValue", 5) + " now "
                + map.get("nullValue"));
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("counts " + counts);
        counts.merge("the", 0, (a, b) -> null);
        counts.computeIfPresent("fox", (k, v) -> v * 100);
        counts.computeIfPresent("cat", (k, v) -> 1);
        counts.computeIfAbsent("cat", k -> k.length());
        counts.computeIfAbsent("dog", k -> 42);
        counts.compute("end", (k, v) -> v == null ? 1 : null);
        counts.compute("über", (k, v) -> v == null ? -1 : v + 1);
        System.out.println("after merge/compute " + counts);
        System.out.println("remove(lazy,2)=" + counts.remove("lazy", 2) + " remove(lazy,1)=" + counts.remove("lazy", 1)
                + " replace(quick,1,7)=" + counts.replace("quick", 1, 7) + " replace(nope,3)=" + counts.replace("nope", 3));
        Map<Integer, String> big = new HashMap<>(4);
        for (int i = -500; i < 1500; i += 7) {
            big.put(i, Integer.toHexString(i));
        }
        big.keySet().removeIf(k -> k % 5 != 0);
        long keySum = 0;
        StringBuilder sample = new StringBuilder();
        int n = 0;
        for (Map.Entry<Integer, String> e : big.entrySet()) {
            keySum += e.getKey();
            if (n++ < 8) {
                sample.append(e.getKey()).append('=').append(e.getValue()).append(' ');
            }
        }
        System.out.println("size=" + big.size() + " keySum=" + keySum + " first entries " + sample);
        System.out.println("containsValue(fffffe0c)=" + big.containsValue("fffffe0c") + " hash=" + big.hashCode());
        Map<String, Integer> copy = new HashMap<>(counts);
        System.out.println("copy equals=" + copy.equals(counts) + " after put " + (copy.put("x", 0) == null)
                + " equals=" + copy.equals(counts));
        try {
            counts.merge("quick", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null value: NPE");
        }
    }
}
