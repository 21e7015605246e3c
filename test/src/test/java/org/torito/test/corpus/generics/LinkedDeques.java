package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A generic doubly linked deque with a sentinel node (inner class of the generic class, so its fields are
 * erased to Object): adding and removing at both ends, forward and backward cursors of its own, removal of
 * every element matching a predicate while walking; used for a sliding-window maximum over index
 * holders and a palindrome check over characters.
 */
public final class LinkedDeques {
    interface Predicate<T> {
        boolean test(T t);
    }

    interface Cursor<T> {
        boolean hasNext();

        T next();
    }

    static final class Deque<T> {
        private final class Node {
            T value;
            Node prev;
            Node next;
        }

        private final Node sentinel = new Node();
        private int size;

        Deque() {
            sentinel.prev = sentinel;
            sentinel.next = sentinel;
        }

        private void linkAfter(Node at, T value) {
            Node n = new Node();
            n.value = value;
            n.prev = at;
            n.next = at.next;
            at.next.prev = n;
            at.next = n;
            size++;
        }

        private T unlink(Node n) {
            if (n == sentinel) {
                throw new IllegalStateException();
            }
            n.prev.next = n.next;
            n.next.prev = n.prev;
            size--;
            return n.value;
        }

        void pushFront(T value) {
            linkAfter(sentinel, value);
        }

        void pushBack(T value) {
            linkAfter(sentinel.prev, value);
        }

        T popFront() {
            return unlink(sentinel.next);
        }

        T popBack() {
            return unlink(sentinel.prev);
        }

        T front() {
            return sentinel.next.value;
        }

        T back() {
            return sentinel.prev.value;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int removeIf(Predicate<? super T> p) {
            int removed = 0;
            for (Node n = sentinel.next; n != sentinel; n = n.next) {
                if (p.test(n.value)) {
                    unlink(n);
                    removed++;
                }
            }
            return removed;
        }

        Cursor<T> forward() {
            return new Cursor<T>() {
                private Node at = sentinel.next;

                @Override
                public boolean hasNext() {
                    return at != sentinel;
                }

                @Override
                public T next() {
                    T v = at.value;
                    at = at.next;
                    return v;
                }
            };
        }

        Cursor<T> backward() {
            return new Cursor<T>() {
                private Node at = sentinel.prev;

                @Override
                public boolean hasNext() {
                    return at != sentinel;
                }

                @Override
                public T next() {
                    T v = at.value;
                    at = at.prev;
                    return v;
                }
            };
        }
    }

    static final class Index {
        final int i;

        Index(int i) {
            this.i = i;
        }
    }

    static final class Letter {
        final char c;

        Letter(char c) {
            this.c = c;
        }
    }

    private static int window;

    private LinkedDeques() {
    }

    static void print(Cursor<Index> c) {
        while (c.hasNext()) {
            Out.print(c.next().i);
            Out.print(' ');
        }
        Out.println();
    }

    static boolean palindrome(char[] text) {
        Deque<Letter> d = new Deque<>();
        for (char c : text) {
            if (c >= 'a' && c <= 'z') {
                d.pushBack(new Letter(c));
            } else if (c >= 'A' && c <= 'Z') {
                d.pushBack(new Letter((char) (c + 32)));
            }
        }
        while (!d.isEmpty()) {
            Letter first = d.popFront();
            if (d.isEmpty()) {
                return true;
            }
            if (first.c != d.popBack().c) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        window = 3;

        Deque<Index> d = new Deque<>();
        for (int i = 0; i < 6; i++) {
            if (i % 2 == 0) {
                d.pushFront(new Index(i));
            } else {
                d.pushBack(new Index(i));
            }
        }
        print(d.forward());
        print(d.backward());
        Out.println(d.popFront().i + d.popBack().i * 10);
        Out.println(d.removeIf(new Predicate<Index>() {
            @Override
            public boolean test(Index x) {
                return x.i % 3 == 0;
            }
        }));
        print(d.forward());
        Out.println(d.front().i);
        Out.println(d.back().i);
        d.popFront();
        d.popFront();
        try {
            d.popBack();
        } catch (IllegalStateException e) {
            Out.println("empty deque");
        }
        Out.println(d.front() == null);

        int[] values = {4, 2, 12, 11, -5, 7, 1, 9, 9, 3, 0, 8};
        Deque<Index> candidates = new Deque<>();
        for (int i = 0; i < values.length; i++) {
            while (!candidates.isEmpty() && values[candidates.back().i] <= values[i]) {
                candidates.popBack();
            }
            candidates.pushBack(new Index(i));
            if (candidates.front().i <= i - window) {
                candidates.popFront();
            }
            if (i >= window - 1) {
                Out.print(values[candidates.front().i]);
                Out.print(' ');
            }
        }
        Out.println();

        char[][] texts = {
            {'A', ' ', 'm', 'a', 'n', ',', ' ', 'a', ' ', 'p', 'l', 'a', 'n', ',', ' ', 'a', ' ', 'c', 'a', 'n', 'a',
                'l', ':', ' ', 'P', 'a', 'n', 'a', 'm', 'a'},
            {'d', 'e', 'q', 'u', 'e'},
            {'x'},
            {},
        };
        for (char[] t : texts) {
            Out.print(palindrome(t));
            Out.print(' ');
        }
        Out.println();
    }
}
