package org.torito.test.corpus.errors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.StringTokenizer;
import java.util.TreeMap;
import java.util.TreeSet;

/** NoSuchElementException from exhausted iterators, empty deques, sorted collections and empty optionals. */
public final class NoSuchElementMessages {
    private NoSuchElementMessages() {
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

    static Object drain(Iterator<?> it) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            sb.append(it.next()).append(' ');
        }
    }

    public static void main(String[] args) {
        attempt("ArrayList iterator", () -> drain(new ArrayList<>(List.of(1, 2)).iterator()));
        attempt("List.of iterator", () -> drain(List.of("p").iterator()));
        attempt("empty iterator", () -> Collections.emptyIterator().next());
        attempt("TreeSet iterator", () -> drain(new TreeSet<>(List.of(3, 1)).iterator()));
        attempt("ArrayDeque removeFirst", () -> new ArrayDeque<String>().removeFirst());
        attempt("ArrayDeque element", () -> new ArrayDeque<String>().element());
        attempt("ArrayDeque pollFirst", () -> new ArrayDeque<String>().pollFirst());
        attempt("LinkedList getFirst", () -> new LinkedList<String>().getFirst());
        attempt("LinkedList removeLast", () -> new LinkedList<String>().removeLast());
        attempt("PriorityQueue remove", () -> new PriorityQueue<Integer>().remove());
        attempt("TreeSet first", () -> new TreeSet<String>().first());
        attempt("TreeMap lastKey", () -> new TreeMap<String, Integer>().lastKey());
        attempt("TreeMap firstEntry", () -> new TreeMap<String, Integer>().firstEntry());
        attempt("Optional get", () -> Optional.empty().get());
        attempt("Optional orElseThrow", () -> Optional.ofNullable(null).orElseThrow());
        attempt("Optional custom", () -> Optional.empty().orElseThrow(() -> new IllegalStateException("none")));
        attempt("OptionalInt", () -> OptionalInt.empty().getAsInt());
        attempt("OptionalDouble", () -> OptionalDouble.empty().getAsDouble());
        attempt("OptionalInt ok", () -> OptionalInt.of(4).getAsInt());
        attempt("OptionalLong", () -> java.util.OptionalLong.empty().orElseThrow());
        attempt("Optional map", () -> Optional.of("a").filter(s -> s.startsWith("z")).map(String::length).get());
        attempt("StringTokenizer", () -> {
            StringTokenizer st = new StringTokenizer("α β", " ");
            return st.nextToken() + st.nextToken() + st.nextToken();
        });
        attempt("ListIterator previous", () -> new LinkedList<>(List.of(1)).listIterator().previous());
        attempt("descending", () -> drain(new ArrayDeque<>(List.of(1, 2, 3)).descendingIterator()));
        try {
            Optional.empty().orElseThrow();
        } catch (java.util.NoSuchElementException e) {
            e.printStackTrace(System.out);
        }
    }
}
