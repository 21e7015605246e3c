package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * JVMS 5.5 step 7: initializing a class first initializes its superclass; when that fails, the class itself is
 * marked erroneous and fails with the same exception, so its own initializer never runs and every later use of
 * it (and of the superclass) throws NoClassDefFoundError.
 */
public final class SuperclassInitFailure {
    static class FailingBase {
        static int base = divide(1);
    }

    static final class Derived extends FailingBase {
        static int derived = trace(7);

        static int twice() {
            return derived * 2;
        }
    }

    private static int zero;
    private static int attempts;

    private SuperclassInitFailure() {
    }

    static int divide(int k) {
        attempts++;
        return k / zero;
    }

    static int trace(int v) {
        Out.println("Derived.<clinit> runs");
        return v;
    }

    static String describe(Throwable t) {
        if (t instanceof ExceptionInInitializerError) {
            return t.getCause() instanceof ArithmeticException ? "EIIE(ArithmeticException)" : "EIIE(?)";
        }
        return t instanceof NoClassDefFoundError ? "NoClassDefFoundError" : "other";
    }

    public static void main(String[] args) {
        zero = 0;
        attempts = 0;
        for (int round = 0; round < 3; round++) {
            try {
                Out.println(Derived.derived);
            } catch (Throwable t) {
                Out.println(describe(t));
            }
        }
        try {
            Out.println(Derived.twice());
        } catch (Throwable t) {
            Out.println(describe(t));
        }
        try {
            Out.println(FailingBase.base);
        } catch (Throwable t) {
            Out.println(describe(t));
        }
        Out.println(attempts);
    }
}
