package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** UnsupportedOperationException from immutable and unmodifiable collections, and their factories' checks. */
public final class ImmutableCollectionRejections {
    private ImmutableCollectionRejections() {
    }

    interface Call {
        Object run();
    }

    static void attempt(String label, Call call) {
        try {
            System.out.println(label + " -> " + call.run());
        } catch (UnsupportedOperationException | IllegalArgumentException | NullPointerException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        List<String> listOf = List.of("a", "b");
        List<String> asList = Arrays.asList("a", "b");
        List<String> view = Collections.unmodifiableList(new ArrayList<>(listOf));
        Map<String, Integer> mapOf = Map.of("one", 1);
        Set<Integer> setOf = Set.of(1);
        attempt("List.of add", () -> listOf.add("c"));
        attempt("List.of set", () -> listOf.set(0, "c"));
        attempt("List.of clear empty", () -> {
            List.of().clear();
            return "cleared";
        });
        attempt("List.of sort", () -> {
            listOf.sort(null);
            return listOf;
        });
        attempt("asList set", () -> asList.set(0, "z") + " " + asList);
        attempt("asList add", () -> asList.add("c"));
        attempt("asList remove", () -> asList.remove("a"));
        attempt("view add", () -> view.add("c"));
        attempt("view replaceAll", () -> {
            view.replaceAll(String::toUpperCase);
            return view;
        });
        attempt("Map.of put", () -> mapOf.put("two", 2));
        attempt("Map.of merge", () -> mapOf.merge("one", 1, Integer::sum));
        attempt("Map.of entry", () -> mapOf.entrySet().iterator().next().setValue(5));
        attempt("Set.of remove", () -> setOf.remove(1));
        attempt("iterator remove", () -> {
            Iterator<String> it = listOf.iterator();
            it.next();
            it.remove();
            return "removed";
        });
        attempt("keySet add", () -> new TreeMap<>(mapOf).keySet().add("x"));
        attempt("emptyMap put", () -> Collections.emptyMap().put("k", "v"));
        attempt("singleton add", () -> Collections.singleton(1).add(2));
        attempt("copyOf add", () -> List.copyOf(view).add("d"));
        attempt("Map.copyOf put", () -> Map.copyOf(new TreeMap<>(mapOf)).putIfAbsent("two", 2));
        attempt("unmodifiableMap entry", () -> Collections.unmodifiableMap(new TreeMap<>(mapOf)).entrySet().iterator().next().setValue(3));
        attempt("Set.of duplicate", () -> Set.of("x", "y", "x"));
        attempt("Map.of duplicate", () -> Map.of("k", 1, "k", 2));
        attempt("List.of null", () -> List.of("a", null));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("contains null", () -> listOf.contains(null));
        attempt("unmodifiable ok", () -> Collections.unmodifiableList(new ArrayList<>(listOf)).indexOf("b"));
        try {
            listOf.add("boom");
        } catch (UnsupportedOperationException e) {
            e.printStackTrace(System.out);
        }
    }
}
