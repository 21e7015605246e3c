package org.torito.test.corpus.collections;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keySet, values and entrySet views of a map: removal through each view reaches the map, setValue on
 * entries writes through, views cannot add (UnsupportedOperationException), entries compare with Map.entry,
 * Map.forEach/replaceAll, and detached entries from Map.entry and AbstractMap.SimpleEntry.
 */
public final class MapViews {
    private MapViews() {
    }

    public static void main(String[] args) {
        Map<String, Integer> stock = new TreeMap<>();
        String[] items = {"bolt", "nut", "screw", "washer", "rivet", "nail", "pin"};
        for (int i = 0; i < items.length; i++) {
            stock.put(items[i], (i * 7) % 5);
        }
        System.out.println("stock " + stock);
        Set<String> keys = stock.keySet();
        Collection<Integer> values = stock.values();
        Set<Map.Entry<String, Integer>> entries = stock.entrySet();
        keys.remove("pin");
        values.remove(0);
        System.out.println("after keySet.remove(pin), values.remove(0): " + stock);
        values.removeIf(v -> v == 4);
        System.out.println("after values.removeIf(4): " + stock + " keys " + keys);
        for (Map.Entry<String, Integer> e : entries) {
            e.setValue(e.getValue() * 100 + e.getKey().length());
        }
        System.out.println("after setValue: " + stock);
        System.out.println("entries contains nut=203? " + entries.contains(Map.entry("nut", 203)) + " nail=? "
                + entries.contains(Map.entry("nail", 0)));
        entries.remove(Map.entry("nut", 203));
        System.out.println("after entrySet.remove: " + stock);
        try {
            keys.add("gear");
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet.add: UnsupportedOperationException");
        }
        try {
            values.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("values.add: UnsupportedOperationException");
        }
        Iterator<Map.Entry<String, Integer>> it = entries.iterator();
        Map.Entry<String, Integer> first = it.next();
        it.remove();
        System.out.println("removed first " + first.getKey() + " map " + stock);
        stock.replaceAll((k, v) -> v + k.charAt(0));
        StringBuilder sb = new StringBuilder();
        stock.forEach((k, v) -> sb.append(k).append("->").append(v).append(' '));
        System.out.println("replaceAll/forEach " + sb.toString().trim());
        keys.retainAll(Set.of("washer"));
        System.out.println("retainAll " + stock + " values " + values + " size " + values.size());
        keys.clear();
        System.out.println("cleared via keySet " + stock + " isEmpty " + stock.isEmpty());

        Map.Entry<String, Integer> immutable = Map.entry("k", 1);
        try {
            immutable.setValue(2);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.entry setValue: UnsupportedOperationException");
        }
        Map.Entry<String, Integer> simple = new java.util.AbstractMap.SimpleEntry<>("k", 1);
        System.out.println("SimpleEntry setValue returns " + simple.setValue(5) + " -> " + simple + " equals "
                + simple.equals(Map.entry("k", 5)) + " hash " + (simple.hashCode() == Map.entry("k", 5).hashCode()));
    }
}
