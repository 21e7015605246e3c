package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * JLS 12.5: superclass constructor first, then this class's field initializers and instance initializer
 * blocks in textual order, then the constructor body; a virtual call from the superclass constructor sees the
 * subclass's fields still at their defaults.
 */
public final class InitializerOrder {
    static class Parent {
        int p1 = trace("Parent.p1", 1);

        {
            trace("Parent block", p1);
        }

        int p2 = trace("Parent.p2", p1 + 1);

        Parent() {
            trace("Parent()", p2);
            describe();
        }

        void describe() {
            trace("Parent.describe", p1);
        }
    }

    static final class Child extends Parent {
        int c1 = trace("Child.c1", 10);
        final int c2;
        String name = "child";
        int[] values = {c1, c1 * 2, c1 * 3};

        {
            c2 = trace("Child block", c1 + 5);
        }

        int c3 = trace("Child.c3", c2 + 1);

        Child() {
            super();
            trace("Child()", c3);
        }

        Child(int extra) {
            this();
            c1 += extra;
            trace("Child(int)", c1);
        }

        @Override
        void describe() {
            trace("Child.describe c1", c1);
            trace("Child.describe c2", c2);
            Out.print("name null? ");
            Out.print(name == null);
            Out.print(" values null? ");
            Out.print(values == null);
            Out.println();
        }
    }

    private static int counter;

    private InitializerOrder() {
    }

    static int trace(String what, int value) {
        counter++;
        Out.print(counter);
        Out.print(' ');
        Out.print(what);
        Out.print(' ');
        Out.println(value);
        return value;
    }

    public static void main(String[] args) {
        counter = 0;
        Child c = new Child();
        c.describe();
        Out.println("--");
        Child d = new Child(100);
        d.describe();
        Out.println(d.values[2]);
        Out.println(counter);
    }
}
