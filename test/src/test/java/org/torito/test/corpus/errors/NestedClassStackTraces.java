package org.torito.test.corpus.errors;

import java.util.Comparator;
import java.util.Iterator;

/** Stack frames of inner, static nested, anonymous and local classes, and of a comparator used by a sort. */
public final class NestedClassStackTraces {
    final String owner;

    NestedClassStackTraces(String owner) {
        this.owner = owner;
    }

    final class Inner {
        int check(int v) {
            if (v > 9) {
                throw new IllegalArgumentException(owner + ": " + v + " too large");
            }
            return v;
        }
    }

    static final class Nested {
        static final class Deeper {
            static void fail(String why) {
                throw new IllegalStateException(why);
            }
        }
    }

    static void show(Throwable t) {
        t.printStackTrace(System.out);
        System.out.println("top frame class: " + t.getStackTrace()[0].getClassName());
    }

    public static void main(String[] args) {
        NestedClassStackTraces outer = new NestedClassStackTraces("outer");
        Inner inner = outer.new Inner();
        try {
            System.out.println(inner.check(3));
            inner.check(12);
        } catch (IllegalArgumentException e) {
            show(e);
        }
        try {
            Nested.Deeper.fail("deep nested");
        } catch (IllegalStateException e) {
            show(e);
        }
        Iterator<Integer> countdown = new Iterator<>() {
            int left = 2;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (left == 0) {
                    throw new java.util.NoSuchElementException("countdown finished");
                }
                return left--;
            }
        };
        try {
            while (countdown.hasNext()) {
                System.out.println(countdown.next());
            }
        } catch (java.util.NoSuchElementException e) {
            show(e);
        }
        class Local {
            int value(String s) {
                return s.codePointAt(5);
            }
        }
        try {
            System.out.println(new Local().value("héllo wörld"));
            new Local().value("abc");
        } catch (StringIndexOutOfBoundsException e) {
            show(e);
        }
        Integer[] values = {3, 1, null, 2};
        try {
            java.util.Arrays.sort(values, Comparator.naturalOrder());
        } catch (NullPointerException e) {
            System.out.println("sort: " + e.getClass().getName());
        }
    }
}
