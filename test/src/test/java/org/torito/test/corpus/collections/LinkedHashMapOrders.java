package org.torito.test.corpus.collections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LinkedHashMap in insertion order (re-putting a key keeps its place) and in access order (get and put move
 * a key last), and an LRU cache from removeEldestEntry that evicts as it fills and reports what it evicted.
 */
public final class LinkedHashMapOrders {
    static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final StringBuilder evicted = new StringBuilder();

        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                evicted.append(eldest.getKey()).append(' ');
            }
            return evict;
        }
    }

    private LinkedHashMapOrders() {
    }

    public static void main(String[] args) {
        Map<String, Integer> insertion = new LinkedHashMap<>();
        for (String s : "zebra apple mango kiwi banana".split(" ")) {
            insertion.put(s, s.length());
        }
        insertion.put("apple", 99);
        insertion.get("zebra");
        insertion.remove("mango");
        insertion.put("mango", 0);
        System.out.println("insertion order " + insertion);

        Map<String, Integer> access = new LinkedHashMap<>(8, 0.75f, true);
        for (String s : "zebra apple mango kiwi banana".split(" ")) {
            access.put(s, s.length());
        }
        access.get("zebra");
        access.put("apple", 99);
        access.getOrDefault("kiwi", 0);
        access.get("absent");
        System.out.println("access order " + access);

        LruCache<Integer, String> cache = new LruCache<>(4);
        int[] requests = {1, 2, 3, 1, 4, 5, 2, 1, 6, 7, 1, 3, 3, 8};
        int hits = 0;
        for (int r : requests) {
            if (cache.get(r) != null) {
                hits++;
            } else {
                cache.put(r, "page" + r);
            }
        }
        System.out.println("hits=" + hits + " evicted=" + cache.evicted.toString().trim() + " cache=" + cache);
        Map.Entry<Integer, String> first = cache.entrySet().iterator().next();
        System.out.println("eldest=" + first.getKey() + " values=" + cache.values() + " keys=" + cache.keySet());
        cache.clear();
        System.out.println("cleared=" + cache + " size=" + cache.size());
    }
}
