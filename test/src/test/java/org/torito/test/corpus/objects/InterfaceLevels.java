package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * invokeinterface through several levels: methods declared in a super-super-interface, implemented in a
 * superclass that does not itself implement the interface, overridden in subclasses, called through every
 * interface view of the same object, with many unrelated interfaces per class.
 */
public final class InterfaceLevels {
    interface Level1 {
        int one();
    }

    interface Level2 extends Level1 {
        int two();
    }

    interface Level3 extends Level2 {
        int three();

        default int sum() {
            return one() + two() + three();
        }
    }

    interface Sized {
        int size();
    }

    interface Weighted {
        long weight();
    }

    interface Tagged {
        char tag();
    }

    /** Implements Level1's method without implementing any interface. */
    static class Provider {
        public int one() {
            return 1;
        }

        public int size() {
            return 10;
        }
    }

    /** Picks up one() and size() from Provider to satisfy Level3 and Sized. */
    static class Impl extends Provider implements Level3, Sized {
        @Override
        public int two() {
            return 2;
        }

        @Override
        public int three() {
            return 3;
        }
    }

    static class Heavy extends Impl implements Weighted, Tagged {
        @Override
        public int one() {
            return 100;
        }

        @Override
        public long weight() {
            return 1L << 33;
        }

        @Override
        public char tag() {
            return 'H';
        }
    }

    static final class Heavier extends Heavy {
        @Override
        public int three() {
            return super.three() * 1000;
        }

        @Override
        public int sum() {
            return -(one() + two() + three());
        }

        @Override
        public char tag() {
            return 'X';
        }
    }

    private InterfaceLevels() {
    }

    static long probe(Object o) {
        long r = 0;
        if (o instanceof Level1) {
            r += ((Level1) o).one();
        }
        if (o instanceof Level2) {
            r += ((Level2) o).two() * 10L;
        }
        if (o instanceof Level3) {
            r += ((Level3) o).three() * 100L + ((Level3) o).sum() * 100000L;
        }
        if (o instanceof Sized) {
            r += ((Sized) o).size() * 7L;
        }
        if (o instanceof Weighted) {
            r += ((Weighted) o).weight();
        }
        if (o instanceof Tagged) {
            r += ((Tagged) o).tag();
        }
        return r;
    }

    public static void main(String[] args) {
        Object[] all = {new Provider(), new Impl(), new Heavy(), new Heavier()};
        for (Object o : all) {
            Out.println(probe(o));
        }
        Heavier h = new Heavier();
        Level1 l1 = h;
        Level2 l2 = h;
        Level3 l3 = h;
        Sized s = h;
        Tagged t = h;
        Out.print(l1.one());
        Out.print(' ');
        Out.print(l2.one() + l2.two());
        Out.print(' ');
        Out.print(l3.sum());
        Out.print(' ');
        Out.print(s.size());
        Out.print(' ');
        Out.print(t.tag());
        Out.println();
        Level1[] ones = {new Impl(), h, new Heavy(), new Level1() {
            @Override
            public int one() {
                return -1;
            }
        }};
        int total = 0;
        for (int round = 0; round < 100; round++) {
            for (Level1 one : ones) {
                total += one.one();
            }
        }
        Out.println(total);
    }
}
