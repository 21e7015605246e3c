package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** IndexOutOfBoundsException messages from the List implementations' get, set, add, remove and subList. */
public final class ListIndexMessages {
    private ListIndexMessages() {
    }

    interface Call {
        Object run();
    }

    static void attempt(String label, Call call) {
        try {
            System.out.println(label + " -> " + call.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static void probe(String name, List<String> list) {
        attempt(name + " get", () -> list.get(3));
        attempt(name + " get negative", () -> list.get(-1));
        attempt(name + " set", () -> list.set(5, "z"));
        attempt(name + " subList", () -> list.subList(1, 7));
        attempt(name + " subList from", () -> list.subList(-2, 1));
        attempt(name + " listIterator", () -> list.listIterator(9));
    }

    static void probeMutable(String name, List<String> list) {
        probe(name, list);
        attempt(name + " add", () -> {
            list.add(7, "q");
            return list;
        });
        attempt(name + " remove", () -> list.remove(3));
        attempt(name + " addAll", () -> list.addAll(-1, List.of("r")));
        attempt(name + " sub get", () -> list.subList(1, 2).get(1));
        attempt(name + " ok", () -> {
            list.add(1, "m");
            list.remove(0);
            return list;
        });
    }

    public static void main(String[] args) {
        probeMutable("ArrayList", new ArrayList<>(List.of("a", "b", "c")));
        probeMutable("LinkedList", new LinkedList<>(List.of("a", "b", "c")));
        probe("List.of", List.of("a", "b"));
        probe("emptyList", Collections.emptyList());
        probe("singletonList", Collections.singletonList("a"));
        probe("unmodifiable", Collections.unmodifiableList(new ArrayList<>(List.of("a", "b"))));
        ListIterator<String> it = new ArrayList<>(List.of("x")).listIterator();
        attempt("previous", it::previous);
        try {
            new ArrayList<String>().get(0);
        } catch (IndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
    }
}
