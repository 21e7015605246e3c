package org.torito.test.corpus.errors;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** ConcurrentHashMap's bulk operations run sequentially (threshold Long.MAX_VALUE): forEach, reduce, search. */
public final class ConcurrentHashMapBulk {
    private ConcurrentHashMapBulk() {
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Long> population = new ConcurrentHashMap<>();
        String[] cities = {"Zürich", "Genève", "Basel", "Bern", "Lausanne", "Winterthur", "Luzern", "St. Gallen"};
        long[] people = {421878, 203856, 173552, 134794, 139111, 114220, 82257, 75833};
        for (int i = 0; i < cities.length; i++) {
            population.put(cities[i], people[i]);
        }
        long all = Long.MAX_VALUE;
        TreeSet<String> seen = new TreeSet<>();
        population.forEach(all, (k, v) -> seen.add(k + "=" + v));
        System.out.println(seen);
        TreeSet<String> big = new TreeSet<>();
        population.forEach(all, (k, v) -> v > 150000 ? k.toUpperCase() : null, big::add);
        System.out.println(big);
        System.out.println(population.reduceValuesToLong(all, v -> v, 0L, Long::sum));
        System.out.println(population.reduceValues(all, Long::max) + " " + population.reduceKeys(all,
                (a, b) -> a.length() >= b.length() ? (a.length() == b.length() && a.compareTo(b) > 0 ? b : a) : b));
        String smallFirst = population.reduce(all, (k, v) -> v < 100000 ? k : null,
                (a, b) -> a.compareTo(b) < 0 ? a : b);
        System.out.println(smallFirst);
        System.out.println(population.reduceKeysToInt(all, String::length, 0, Integer::sum) + " "
                + population.reduceToLong(all, (k, v) -> v / k.length(), 0L, Math::max));
        System.out.println(population.search(all, (k, v) -> v == 134794L ? k : null) + " "
                + population.searchValues(all, v -> v < 0 ? v : null) + " "
                + population.searchKeys(all, k -> k.startsWith("Gen") ? k : null));
        TreeSet<Long> values = new TreeSet<>();
        population.forEachValue(all, values::add);
        System.out.println(values.first() + ".." + values.last() + " " + values.size());
        StringBuilder sb = new StringBuilder();
        new TreeSet<>(population.keySet()).forEach(k -> sb.append(k.charAt(0)));
        System.out.println(sb);
        ConcurrentHashMap<String, Long> empty = new ConcurrentHashMap<>();
        System.out.println(empty.reduceValues(all, Long::sum) + " " + empty.reduceValuesToLong(all, v -> v, 42L,
                Long::sum) + " " + empty.search(all, (k, v) -> k));
        Set<String> keys = ConcurrentHashMap.newKeySet();
        keys.add("b");
        keys.add("a");
        System.out.println(keys.add("a") + " " + new TreeSet<>(keys));
        ConcurrentHashMap.KeySetView<String, Long> withDefault = population.keySet(0L);
        withDefault.add("Chur");
        System.out.println(population.get("Chur") + " " + population.size());
    }
}
