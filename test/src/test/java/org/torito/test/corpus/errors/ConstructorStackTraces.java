package org.torito.test.corpus.errors;

/** Exceptions from constructors, superclass constructors, instance initializers and field initializers. */
public final class ConstructorStackTraces {
    static class Base {
        final int size;

        Base(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("negative size " + size);
            }
            this.size = size;
        }
    }

    static final class Derived extends Base {
        final int[] cells;

        Derived(int size) {
            super(size);
            cells = new int[size];
        }

        Derived(String spec) {
            this(Integer.parseInt(spec.trim()));
        }
    }

    static final class WithInitializer {
        final String name;
        final int first;

        {
            first = checkedFirst();
        }

        WithInitializer(String name) {
            this.name = name;
        }

        int checkedFirst() {
            throw new UnsupportedOperationException("initializer of " + getClass().getSimpleName());
        }
    }

    static final class FieldInit {
        final int ratio = Math.multiplyExact(scale(), 3);

        static int scale() {
            return 1 << 30;
        }
    }

    private ConstructorStackTraces() {
    }

    public static void main(String[] args) {
        System.out.println(new Derived(3).cells.length + " " + new Derived(" 4 ").size);
        try {
            new Derived(-2);
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
        }
        try {
            new Derived("x1");
        } catch (NumberFormatException e) {
            e.printStackTrace(System.out);
        }
        try {
            new WithInitializer("w");
        } catch (UnsupportedOperationException e) {
            e.printStackTrace(System.out);
        }
        try {
            new FieldInit();
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
    }
}
