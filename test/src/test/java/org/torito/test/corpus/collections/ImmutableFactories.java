package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * List.of, Set.of, Map.of, Map.ofEntries and the copyOf factories: immutability, rejection of nulls and of
 * duplicate elements or keys (with the JDK's messages), contains(null) throwing, copies that are independent of
 * their source, and equality with mutable collections. Sets and maps are printed sorted, as their iteration
 * order is randomized per run.
 */
public final class ImmutableFactories {
    private ImmutableFactories() {
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    public static void main(String[] args) {
        List<Integer> list = List.of(5, 3, 9, 3);
        System.out.println(list + " get(2)=" + list.get(2) + " indexOf(3)=" + list.indexOf(3) + " lastIndexOf(3)="
                + list.lastIndexOf(3) + " equals ArrayList " + list.equals(new ArrayList<>(list))
                + " hash " + list.hashCode());
        attempt("List.add", () -> list.add(1));
        attempt("List.set", () -> list.set(0, 1));
        attempt("List.sort", () -> list.sort(null));
        attempt("List.of(null)", () -> List.of("a", null));
        attempt("List.contains(null)", () -> list.contains(null));
        attempt("List.get(4)", () -> list.get(4));
        attempt("List.of().get(0)", () -> List.of().get(0));

        Set<String> set = Set.of("kiwi", "fig", "lime");
        System.out.println("Set sorted " + new TreeSet<>(set) + " size " + set.size() + " contains(fig) "
                + set.contains("fig"));
        attempt("Set.of duplicate", () -> Set.of("a", "b", "a"));
        attempt("Set.remove", () -> set.remove("fig"));
        attempt("Set.of(null)", () -> Set.of((String) null));

        Map<String, Integer> map = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("Map sorted " + new TreeMap<>(map) + " get(two)=" + map.get("two") + " getOrDefault="
                + map.getOrDefault("four", 4) + " containsValue(3)=" + map.containsValue(3));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.put", () -> map.put("four", 4));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("Map.entry null", () -> Map.entry(null, 1));
        Map<String, Integer> entries = Map.ofEntries(Map.entry("x", 10), Map.entry("y", 20));
        System.out.println("ofEntries sorted " + new TreeMap<>(entries) + " entry " + Map.entry("ü", "€"));

        List<String> source = new ArrayList<>(List.of("p", "q"));
        List<String> copy = List.copyOf(source);
        source.add("r");
        System.out.println("copyOf independent: " + copy + " vs " + source + " copyOf(copy)==copy "
                + (List.copyOf(copy) == copy));
        Set<String> setCopy = Set.copyOf(List.of("b", "a", "b", "c", "a"));
        System.out.println("Set.copyOf dedups " + new TreeSet<>(setCopy));
        source.add(null);
        attempt("List.copyOf with null", () -> List.copyOf(source));
        attempt("Map.copyOf remove", () -> Map.copyOf(map).remove("one"));
        System.out.println("Map.of() " + Map.of() + " Set.of() " + Set.of() + " List.of() " + List.of()
                + " equals " + Set.of(1, 2).equals(Set.of(2, 1)));
    }
}
