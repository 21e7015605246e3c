package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Abstract classes: a template method in the base calls abstract steps that subclasses fill in, through two
 * levels of abstract classes; an abstract class may hold state and concrete constructors.
 */
public final class AbstractTemplates {
    abstract static class Reducer {
        private int steps;

        final long run(int[] data) {
            long acc = start();
            for (int v : data) {
                if (accept(v)) {
                    acc = combine(acc, v);
                    steps++;
                }
            }
            return finish(acc);
        }

        abstract long start();

        abstract long combine(long acc, int v);

        boolean accept(int v) {
            return true;
        }

        long finish(long acc) {
            return acc;
        }

        int steps() {
            return steps;
        }
    }

    static final class Sum extends Reducer {
        @Override
        long start() {
            return 0;
        }

        @Override
        long combine(long acc, int v) {
            return acc + v;
        }
    }

    static final class Product extends Reducer {
        @Override
        long start() {
            return 1;
        }

        @Override
        long combine(long acc, int v) {
            return acc * v;
        }

        @Override
        boolean accept(int v) {
            return v != 0;
        }
    }

    /** Still abstract: adds a filter and leaves combine open. */
    abstract static class Filtered extends Reducer {
        private final int modulus;

        Filtered(int modulus) {
            this.modulus = modulus;
        }

        @Override
        final boolean accept(int v) {
            return v % modulus == 0;
        }

        @Override
        long start() {
            return modulus;
        }
    }

    static final class FilteredMax extends Filtered {
        FilteredMax(int modulus) {
            super(modulus);
        }

        @Override
        long combine(long acc, int v) {
            return v > acc ? v : acc;
        }

        @Override
        long finish(long acc) {
            return -acc;
        }
    }

    static final class FilteredCount extends Filtered {
        FilteredCount(int modulus) {
            super(modulus);
        }

        @Override
        long combine(long acc, int v) {
            return acc + 1;
        }
    }

    private static int length;

    private AbstractTemplates() {
    }

    public static void main(String[] args) {
        length = 20;
        int[] data = new int[length];
        for (int i = 0; i < length; i++) {
            data[i] = (i * 37 + 11) % 23 - 5;
        }
        Reducer[] reducers = {new Sum(), new Product(), new FilteredMax(3), new FilteredCount(4), new FilteredMax(7)};
        for (Reducer r : reducers) {
            Out.print(r.run(data));
            Out.print(' ');
            Out.print(r.steps());
            Out.print(' ');
            Out.print(r.run(data));
            Out.print(' ');
            Out.print(r.steps());
            Out.print(' ');
            Out.print(r instanceof Filtered);
            Out.println();
        }
    }
}
