package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Generic methods and constructors: swap and reverse in T[] arrays of several runtime types, first
 * non-null of varargs (the array created at the call site has the inferred element type), explicit type
 * arguments ({@code GenericMethods.<Cell>make(...)}), a generic constructor in a non-generic class, a
 * pair built by a static factory and mapped through a function interface, and a generic array
 * created as Object[] and cast, which fails only when stored in a typed variable at the call site.
 */
public final class GenericMethods {
    interface Function<A, B> {
        B apply(A a);
    }

    interface Factory<T> {
        T create(int n);
    }

    static final class Cell {
        final int value;

        Cell(int value) {
            this.value = value;
        }
    }

    static final class Pair<A, B> {
        final A first;
        final B second;

        private Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        static <A, B> Pair<A, B> of(A a, B b) {
            return new Pair<>(a, b);
        }

        <C> Pair<A, C> mapSecond(Function<? super B, ? extends C> f) {
            return of(first, f.apply(second));
        }
    }

    /** A non-generic class with a generic constructor. */
    static final class Summary {
        final int count;
        final Object firstSeen;

        <T> Summary(T[] items, T fallback) {
            count = items.length;
            firstSeen = items.length > 0 ? items[0] : fallback;
        }
    }

    private static int size;

    private GenericMethods() {
    }

    static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static <T> T[] reverse(T[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            swap(a, i, j);
        }
        return a;
    }

    @SafeVarargs
    static <T> T firstNonNull(T... candidates) {
        for (T t : candidates) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    @SafeVarargs
    static <T> Object[] spread(T... items) {
        return items;
    }

    static <T> T make(Factory<T> f, int n) {
        return f.create(n);
    }

    @SuppressWarnings("unchecked")
    static <T> T[] unsafeArray(int n) {
        return (T[]) new Object[n];
    }

    static <T> int count(T[] a, T wanted) {
        int n = 0;
        for (T t : a) {
            if (t == wanted) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) {
        size = 5;

        Cell[] cells = new Cell[size];
        for (int i = 0; i < size; i++) {
            cells[i] = new Cell(i * 10);
        }
        Cell[] same = reverse(cells);
        Out.println(same == cells);
        for (Cell c : cells) {
            Out.print(c.value);
            Out.print(' ');
        }
        Out.println();
        String[] words = {"x", "y", "z"};
        swap(words, 0, 2);
        Out.print(words[0]);
        Out.print(words[1]);
        Out.println(words[2]);

        Cell found = firstNonNull(null, null, cells[3], cells[4]);
        Out.println(found.value);
        Out.println(firstNonNull((Cell) null) == null);
        Out.println(spread(cells[0], cells[1]) instanceof Cell[]);
        Out.println(spread(cells[0], "mixed") instanceof Cell[]);
        Out.println(spread(words[0], words[1]) instanceof String[]);

        Factory<Cell> cellFactory = new Factory<Cell>() {
            @Override
            public Cell create(int n) {
                return new Cell(n * n);
            }
        };
        Cell made = GenericMethods.<Cell>make(cellFactory, size);
        Out.println(made.value);
        Out.println(make(cellFactory, -size).value);

        Summary s = new Summary(cells, null);
        Out.println(s.count);
        Out.println(((Cell) s.firstSeen).value);
        Summary empty = new <String>Summary(new String[0], "fallback");
        Out.println(empty.count);
        Out.println((String) empty.firstSeen);

        Pair<String, Cell> p = Pair.of("cell", cells[1]);
        Pair<String, Pair<Cell, Cell>> q = p.mapSecond(new Function<Cell, Pair<Cell, Cell>>() {
            @Override
            public Pair<Cell, Cell> apply(Cell c) {
                return Pair.of(c, new Cell(c.value + 1));
            }
        });
        Out.println(q.first);
        Out.println(q.second.second.value);
        Out.println(q.second.first == cells[1]);

        Object[] plain = GenericMethods.<Cell>unsafeArray(size);
        Out.println(plain.length);
        Out.println(count(plain, null));
        try {
            Cell[] typed = GenericMethods.<Cell>unsafeArray(size);
            Out.println(typed.length);
        } catch (ClassCastException e) {
            Out.println("Object[] is no Cell[]");
        }
        Out.println(count(cells, cells[2]));
    }
}
