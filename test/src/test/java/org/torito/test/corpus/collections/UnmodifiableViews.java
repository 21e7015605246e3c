package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unmodifiable views from Collections: every mutator throws UnsupportedOperationException (also through
 * iterators, entry sets and sub-lists), the views follow later changes to the backing collection, and the
 * empty and singleton collections are immutable too.
 */
public final class UnmodifiableViews {
    private UnmodifiableViews() {
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": allowed");
        } catch (UnsupportedOperationException e) {
            System.out.println(what + ": UnsupportedOperationException " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> backing = new ArrayList<>(List.of("one", "two", "three"));
        List<String> view = Collections.unmodifiableList(backing);
        attempt("list.add", () -> view.add("four"));
        attempt("list.set", () -> view.set(0, "uno"));
        attempt("list.remove", () -> view.remove(0));
        attempt("list.sort", () -> view.sort(null));
        attempt("list.removeIf(none)", () -> view.removeIf(s -> false));
        attempt("subList.clear", () -> view.subList(0, 1).clear());
        attempt("listIterator.set", () -> {
            var it = view.listIterator();
            it.next();
            it.set("x");
        });
        backing.add("four");
        System.out.println("view follows backing: " + view + " size " + view.size());

        Map<String, Integer> map = new TreeMap<>(Map.of("a", 1, "b", 2));
        Map<String, Integer> mapView = Collections.unmodifiableMap(map);
        attempt("map.put", () -> mapView.put("c", 3));
        attempt("map.merge", () -> mapView.merge("a", 1, Integer::sum));
        attempt("entry.setValue", () -> mapView.entrySet().iterator().next().setValue(9));
        attempt("keySet.remove", () -> mapView.keySet().remove("a"));
        attempt("values.clear", () -> mapView.values().clear());
        map.put("c", 3);
        System.out.println("mapView " + mapView + " get(c)=" + mapView.get("c"));

        Set<Integer> set = Collections.unmodifiableSet(new TreeSet<>(List.of(3, 1, 2)));
        attempt("set.iterator.remove", () -> {
            Iterator<Integer> it = set.iterator();
            it.next();
            it.remove();
        });
        attempt("set.retainAll", () -> set.retainAll(List.of(1)));
        Collection<Integer> coll = Collections.unmodifiableCollection(new ArrayList<>(set));
        attempt("collection.addAll", () -> coll.addAll(List.of(4)));
        System.out.println("set " + set + " coll " + coll + " contains 2 " + coll.contains(2));

        attempt("emptyList.add", () -> Collections.<String>emptyList().add("x"));
        attempt("emptyMap.put", () -> Collections.<String, String>emptyMap().put("k", "v"));
        attempt("singletonList.set", () -> Collections.singletonList(1).set(0, 2));
        attempt("singleton.remove", () -> Collections.singleton("s").remove("s"));
        attempt("nCopies.add", () -> Collections.nCopies(2, "n").add("m"));
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.singletonMap("k", "v")
                + " " + Collections.singletonList(null) + " " + Collections.emptySet().size());
    }
}
