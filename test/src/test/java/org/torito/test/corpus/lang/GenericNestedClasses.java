package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Static nested generic classes: an immutable pair, a linked list with bounded methods and a generic tree. */
public final class GenericNestedClasses {
    private GenericNestedClasses() {
    }

    static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static final class Node<T> {
        final T value;
        final Node<T> next;

        Node(T value, Node<T> next) {
            this.value = value;
            this.next = next;
        }

        static <T> Node<T> of(List<T> items) {
            Node<T> head = null;
            for (int i = items.size() - 1; i >= 0; i--) {
                head = new Node<>(items.get(i), head);
            }
            return head;
        }

        <R> Node<R> map(Function<? super T, ? extends R> f) {
            return new Node<>(f.apply(value), next == null ? null : next.map(f));
        }

        static <T extends Comparable<? super T>> T max(Node<T> n) {
            T best = n.value;
            for (Node<T> p = n.next; p != null; p = p.next) {
                if (p.value.compareTo(best) > 0) {
                    best = p.value;
                }
            }
            return best;
        }

        @Override
        public String toString() {
            return value + (next == null ? "" : " -> " + next);
        }
    }

    static class Tree<K extends Comparable<K>, V> {
        private static final class Entry<K, V> {
            final K key;
            V value;
            Entry<K, V> left;
            Entry<K, V> right;

            Entry(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private Entry<K, V> root;
        private int size;

        V put(K key, V value) {
            if (root == null) {
                root = new Entry<>(key, value);
                size++;
                return null;
            }
            Entry<K, V> e = root;
            while (true) {
                int c = key.compareTo(e.key);
                if (c == 0) {
                    V old = e.value;
                    e.value = value;
                    return old;
                }
                Entry<K, V> child = c < 0 ? e.left : e.right;
                if (child == null) {
                    if (c < 0) {
                        e.left = new Entry<>(key, value);
                    } else {
                        e.right = new Entry<>(key, value);
                    }
                    size++;
                    return null;
                }
                e = child;
            }
        }

        void inOrder(Entry<K, V> e, List<Pair<K, V>> out) {
            if (e != null) {
                inOrder(e.left, out);
                out.add(new Pair<>(e.key, e.value));
                inOrder(e.right, out);
            }
        }

        List<Pair<K, V>> entries() {
            List<Pair<K, V>> out = new ArrayList<>();
            inOrder(root, out);
            return out;
        }
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("one", 1);
        Pair<String, List<Double>> q = p.withSecond(List.of(1.5, 2.5));
        System.out.println(p + " " + q + " " + q.swap() + " " + p.swap().swap().first.length());
        Node<String> words = Node.of(List.of("kiwi", "apple", "zucchini", "fig"));
        System.out.println(words + " | " + words.map(String::length) + " | " + Node.max(words) + " | "
                + Node.max(words.map(String::length)));
        Tree<String, Integer> tree = new Tree<>();
        for (String w : "to be or not to be that is the question".split(" ")) {
            Integer old = tree.put(w, w.length());
            if (old != null) {
                tree.put(w, old + 100);
            }
        }
        System.out.println(tree.size + " " + tree.entries());
        List<Pair<Integer, String>> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pairs.add(new Pair<>(i % 3, "v" + i));
        }
        pairs.sort(Comparator.<Pair<Integer, String>, Integer>comparing(x -> x.first).thenComparing(x -> x.second,
                Comparator.reverseOrder()));
        System.out.println(pairs);
        Tree<Integer, Pair<String, Character>> nested = new Tree<>();
        for (int k : new int[] {50, 20, 80, 10, 30, 70, 90, 20}) {
            nested.put(k, new Pair<>("k" + k, (char) ('A' + k / 10)));
        }
        System.out.println(nested.entries());
    }
}
