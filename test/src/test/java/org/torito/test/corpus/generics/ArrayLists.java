package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A growable list by hand over Object[] with add, insert and remove at an index (shifting), set returning
 * the old element, indexOf through an equality interface of its own, reverse, and sublist copies; the
 * element type is erased, so reads go through javac's checkcast, and a raw list smuggles in a wrong type
 * that fails only where it is read as the element type.
 */
public final class ArrayLists {
    interface Equality<T> {
        boolean same(T a, T b);
    }

    static final class Seq<E> {
        private Object[] items;
        private int size;

        Seq(int capacity) {
            items = new Object[capacity];
        }

        void add(E e) {
            insert(size, e);
        }

        void insert(int index, E e) {
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException();
            }
            if (size == items.length) {
                Object[] bigger = new Object[size * 2 + 1];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[i];
                }
                items = bigger;
            }
            for (int i = size; i > index; i--) {
                items[i] = items[i - 1];
            }
            items[index] = e;
            size++;
        }

        @SuppressWarnings("unchecked")
        E get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException();
            }
            return (E) items[index];
        }

        E set(int index, E e) {
            E old = get(index);
            items[index] = e;
            return old;
        }

        E removeAt(int index) {
            E old = get(index);
            for (int i = index; i < size - 1; i++) {
                items[i] = items[i + 1];
            }
            items[--size] = null;
            return old;
        }

        int indexOf(E e, Equality<? super E> eq) {
            for (int i = 0; i < size; i++) {
                if (eq.same(get(i), e)) {
                    return i;
                }
            }
            return -1;
        }

        void reverse() {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }

        Seq<E> slice(int from, int to) {
            Seq<E> s = new Seq<>(to - from);
            for (int i = from; i < to; i++) {
                s.add(get(i));
            }
            return s;
        }

        int size() {
            return size;
        }

        int capacity() {
            return items.length;
        }
    }

    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    static final class SamePoint implements Equality<Point> {
        @Override
        public boolean same(Point a, Point b) {
            return a.x == b.x && a.y == b.y;
        }
    }

    private static int count;

    private ArrayLists() {
    }

    static void print(Seq<Point> s) {
        for (int i = 0; i < s.size(); i++) {
            Point p = s.get(i);
            Out.print('(');
            Out.print(p.x);
            Out.print(',');
            Out.print(p.y);
            Out.print(')');
        }
        Out.println();
    }

    public static void main(String[] args) {
        count = 9;

        Seq<Point> points = new Seq<>(0);
        for (int i = 0; i < count; i++) {
            points.add(new Point(i, i * i));
        }
        print(points);
        Out.println(points.capacity());
        points.insert(0, new Point(-1, -1));
        points.insert(5, new Point(50, 50));
        points.insert(points.size(), new Point(99, 99));
        print(points);
        Point old = points.set(2, new Point(2, 2));
        Out.println(old.y);
        Out.println(points.removeAt(0).x);
        Out.println(points.removeAt(points.size() - 1).x);
        print(points);
        Equality<Point> eq = new SamePoint();
        Out.println(points.indexOf(new Point(50, 50), eq));
        Out.println(points.indexOf(new Point(7, 49), eq));
        Out.println(points.indexOf(new Point(7, 48), eq));
        Equality<Object> identity = new Equality<Object>() {
            @Override
            public boolean same(Object a, Object b) {
                return a == b;
            }
        };
        Out.println(points.indexOf(new Point(50, 50), identity));
        Out.println(points.indexOf(points.get(3), identity));
        points.reverse();
        print(points.slice(2, 6));
        try {
            points.get(points.size());
        } catch (IndexOutOfBoundsException e) {
            Out.println("get past end");
        }
        try {
            points.insert(-1, null);
        } catch (IndexOutOfBoundsException e) {
            Out.println("insert before start");
        }

        Seq<String> words = new Seq<>(2);
        words.add("alpha");
        words.add("beta");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Seq<Point> raw = (Seq) words;
        raw.add(new Point(1, 2));
        Out.println(words.size());
        Object third = ((Seq) words).get(2);
        Out.println(third instanceof Point);
        try {
            String s = words.get(2);
            Out.println(s);
        } catch (ClassCastException e) {
            Out.println("heap pollution caught at the read");
        }
        Out.println(words.get(1));
    }
}
