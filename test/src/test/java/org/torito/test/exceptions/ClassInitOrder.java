package org.torito.test.exceptions;

import org.torito.test.support.Out;

/** JVMS §5.5: static initializers run lazily, once, superclass first, on first new/static access. */
public final class ClassInitOrder {
    static class Base {
        static int baseValue = trace("Base.<clinit>", 10);
    }

    static class Derived extends Base {
        static int derivedValue = trace("Derived.<clinit>", baseValue + 5);

        static int twice() {
            return derivedValue * 2;
        }
    }

    static class Lazy {
        static final int CONSTANT = 7; // a compile-time constant: reading it does not initialize
        static int counter = trace("Lazy.<clinit>", 100);

        Lazy() {
            counter++;
        }
    }

    static class Failing {
        static int value = fail();

        static int fail() {
            throw new IllegalStateException();
        }
    }

    private ClassInitOrder() {
    }

    static int trace(String what, int value) {
        Out.println(what);
        return value;
    }

    public static void main(String[] args) {
        Out.println("start");
        Out.println(Lazy.CONSTANT);
        Out.println(Derived.twice());
        Out.println(Derived.twice());
        Out.println("before new Lazy");
        new Lazy();
        new Lazy();
        Out.println(Lazy.counter);
        try {
            Out.println(Failing.value);
        } catch (ExceptionInInitializerError e) {
            Out.print("ExceptionInInitializerError cause is IllegalStateException: ");
            Out.print(e.getCause() instanceof IllegalStateException);
            Out.println();
        }
        try {
            Out.println(Failing.value);
        } catch (NoClassDefFoundError e) {
            Out.println("then NoClassDefFoundError");
        }
    }
}
