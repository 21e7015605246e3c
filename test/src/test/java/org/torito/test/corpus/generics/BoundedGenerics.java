package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Bounded type parameters over interfaces of the program's own: a self-bounded ordering
 * ({@code T extends Ordered<T>}) for max, min, clamp and a sortedness check; an intersection bound
 * {@code T extends Shape & Named} whose second interface is reached through a checkcast after erasure; a
 * generic class whose bound is a class, calling its methods virtually; and a bound on a bound
 * ({@code <S extends T, T extends Ordered<T>>}).
 */
public final class BoundedGenerics {
    interface Ordered<T> {
        int compareTo(T other);
    }

    interface Shape {
        long area();
    }

    interface Named {
        String name();
    }

    static final class Version implements Ordered<Version> {
        final int major;
        final int minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        @Override
        public int compareTo(Version o) {
            return major != o.major ? major - o.major : minor - o.minor;
        }

        void print() {
            Out.print(major);
            Out.print('.');
            Out.print(minor);
        }
    }

    static final class Tile implements Shape, Named {
        final int side;

        Tile(int side) {
            this.side = side;
        }

        @Override
        public long area() {
            return (long) side * side;
        }

        @Override
        public String name() {
            return "tile";
        }
    }

    static final class Strip implements Named, Shape {
        final int length;

        Strip(int length) {
            this.length = length;
        }

        @Override
        public long area() {
            return length;
        }

        @Override
        public String name() {
            return "strip";
        }
    }

    static class Account {
        long balance;

        Account(long balance) {
            this.balance = balance;
        }

        long fee() {
            return 1;
        }
    }

    static final class Premium extends Account {
        Premium(long balance) {
            super(balance);
        }

        @Override
        long fee() {
            return 0;
        }
    }

    /** A ledger over any Account subclass: calls on the bound are virtual. */
    static final class Ledger<A extends Account> {
        private final Object[] accounts = new Object[8];
        private int size;

        void open(A a) {
            accounts[size++] = a;
        }

        @SuppressWarnings("unchecked")
        A at(int i) {
            return (A) accounts[i];
        }

        long chargeAll() {
            long collected = 0;
            for (int i = 0; i < size; i++) {
                A a = at(i);
                long f = a.fee();
                a.balance -= f;
                collected += f;
            }
            return collected;
        }
    }

    private static int seed;

    private BoundedGenerics() {
    }

    static <T extends Ordered<T>> T max(T[] items) {
        T best = items[0];
        for (int i = 1; i < items.length; i++) {
            if (items[i].compareTo(best) > 0) {
                best = items[i];
            }
        }
        return best;
    }

    static <T extends Ordered<T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static <T extends Ordered<T>> T clamp(T v, T low, T high) {
        return v.compareTo(low) < 0 ? low : v.compareTo(high) > 0 ? high : v;
    }

    static <T extends Ordered<T>> boolean sorted(T[] items) {
        for (int i = 1; i < items.length; i++) {
            if (items[i - 1].compareTo(items[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    static <S extends T, T extends Ordered<T>> int countAbove(S[] items, T threshold) {
        int n = 0;
        for (S s : items) {
            if (s.compareTo(threshold) > 0) {
                n++;
            }
        }
        return n;
    }

    static <T extends Shape & Named> void describe(T t) {
        Out.print(t.name());
        Out.print(' ');
        Out.print(t.area());
        Out.println();
    }

    static <T extends Shape & Named> T largest(T[] shapes) {
        T best = null;
        for (T s : shapes) {
            if (best == null || s.area() > best.area()) {
                best = s;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        seed = 4;

        Version[] versions = {new Version(1, 9), new Version(2, 0), new Version(1, 10), new Version(seed, 1),
            new Version(2, 0)};
        max(versions).print();
        Out.println();
        min(versions[1], versions[4]).print();
        Out.println(min(versions[1], versions[4]) == versions[1]);
        clamp(versions[3], versions[0], versions[2]).print();
        Out.println();
        clamp(new Version(0, 5), versions[0], versions[2]).print();
        Out.println();
        clamp(versions[1], versions[0], versions[3]).print();
        Out.println();
        Out.println(sorted(versions));
        Version[] ordered = {versions[0], versions[2], versions[1], versions[4], versions[3]};
        Out.println(sorted(ordered));
        Out.println(countAbove(versions, new Version(1, 10)));

        describe(new Tile(seed));
        describe(new Strip(seed * 10));
        Tile[] tiles = {new Tile(3), new Tile(seed * 2), new Tile(5)};
        Out.println(largest(tiles).side);
        Strip[] strips = {new Strip(7), new Strip(70), new Strip(seed)};
        describe(largest(strips));

        Ledger<Account> mixed = new Ledger<>();
        mixed.open(new Account(100));
        mixed.open(new Premium(200));
        mixed.open(new Account(300));
        Out.println(mixed.chargeAll());
        Out.println(mixed.at(0).balance + mixed.at(1).balance + mixed.at(2).balance);
        Ledger<Premium> premiums = new Ledger<>();
        premiums.open(new Premium(seed));
        Out.println(premiums.chargeAll());
        Premium p = premiums.at(0);
        Out.println(p.balance);
    }
}
