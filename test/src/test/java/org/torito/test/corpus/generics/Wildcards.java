package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Wildcards over a small generic list of the program's own: producers ({@code ? extends Number}-like, over
 * a Quantity hierarchy) summed, consumers ({@code ? super Meters}) filled, a copy from
 * {@code ? extends T} into {@code ? super T}, an unbounded {@code ?} used only for its size and nulls,
 * and a swap through a capture helper.
 */
public final class Wildcards {
    static final class Box<T> {
        private Object[] items = new Object[4];
        private int size;

        void add(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[i];
                }
                items = bigger;
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) items[i];
        }

        void set(int i, T t) {
            items[i] = t;
        }

        int size() {
            return size;
        }
    }

    abstract static class Quantity {
        abstract long millis();
    }

    static class Meters extends Quantity {
        final int meters;

        Meters(int meters) {
            this.meters = meters;
        }

        @Override
        long millis() {
            return meters * 1000L;
        }
    }

    static final class Kilometers extends Meters {
        Kilometers(int km) {
            super(km * 1000);
        }
    }

    static final class Millimeters extends Quantity {
        final long mm;

        Millimeters(long mm) {
            this.mm = mm;
        }

        @Override
        long millis() {
            return mm;
        }
    }

    private static int base;

    private Wildcards() {
    }

    static long total(Box<? extends Quantity> box) {
        long t = 0;
        for (int i = 0; i < box.size(); i++) {
            t += box.get(i).millis();
        }
        return t;
    }

    static void fillMeters(Box<? super Meters> box, int count) {
        for (int i = 1; i <= count; i++) {
            box.add(i % 3 == 0 ? new Kilometers(i) : new Meters(i * base));
        }
    }

    static <T> void copy(Box<? extends T> from, Box<? super T> to) {
        for (int i = 0; i < from.size(); i++) {
            to.add(from.get(i));
        }
    }

    static int nulls(Box<?> box) {
        int n = 0;
        for (int i = 0; i < box.size(); i++) {
            if (box.get(i) == null) {
                n++;
            }
        }
        return n;
    }

    static void swapEnds(Box<?> box) {
        swapHelper(box);
    }

    private static <T> void swapHelper(Box<T> box) {
        T first = box.get(0);
        box.set(0, box.get(box.size() - 1));
        box.set(box.size() - 1, first);
    }

    static String kind(Object o) {
        if (o instanceof Kilometers) {
            return "km";
        } else if (o instanceof Meters) {
            return "m";
        } else if (o instanceof Millimeters) {
            return "mm";
        }
        return o == null ? "null" : "other";
    }

    public static void main(String[] args) {
        base = 7;

        Box<Meters> meters = new Box<>();
        fillMeters(meters, 6);
        Out.println(total(meters));
        Box<Quantity> quantities = new Box<>();
        fillMeters(quantities, 3);
        quantities.add(new Millimeters(base));
        Out.println(total(quantities));
        Box<Object> anything = new Box<>();
        fillMeters(anything, 2);
        anything.add(null);
        anything.add("text");

        copy(meters, quantities);
        Out.println(quantities.size());
        Out.println(total(quantities));
        copy(quantities, anything);
        Out.println(anything.size());
        Out.println(nulls(anything));
        Out.println(nulls(meters));

        swapEnds(anything);
        for (int i = 0; i < anything.size(); i++) {
            Out.print(kind(anything.get(i)));
            Out.print(' ');
        }
        Out.println();
        swapEnds(meters);
        Out.println(meters.get(0).meters);
        Out.println(meters.get(meters.size() - 1).meters);

        Box<Kilometers> kms = new Box<>();
        kms.add(new Kilometers(base));
        Box<? extends Meters> view = kms;
        Out.println(view.get(0).meters);
        Out.println(total(view));
    }
}
