package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * JVMS 5.5 when a static initializer fails: a non-Error exception is wrapped in ExceptionInInitializerError
 * (its cause), an Error passes through unwrapped, the class is then erroneous and every later use throws
 * NoClassDefFoundError without running the initializer again; an initializer that catches its own exception
 * succeeds; trigger by new, static call, static field read and write. (A subclass whose superclass fails is
 * in SuperclassInitFailure.)
 */
public final class StaticInitFailures {
    static final class Oops extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class Fatal extends Error {
        private static final long serialVersionUID = 1L;
    }

    static final class ByNew {
        static {
            attempts++;
            if (failing) {
                throw new Oops();
            }
        }

        final int value = 5;
    }

    static final class ByCall {
        static int field = fieldValue();

        static int fieldValue() {
            attempts++;
            throw new Fatal();
        }

        static int call() {
            return field;
        }
    }

    static final class FailingBase {
        static int base = divide(1);
    }

    static final class ByWrite {
        static int sink;

        static {
            attempts++;
            int[] a = new int[1];
            a[attempts] = 1;
        }
    }

    static final class Recovers {
        static int state;

        static {
            try {
                state = divide(0);
            } catch (ArithmeticException e) {
                state = -1;
            }
            attempts++;
        }
    }

    private static int attempts;
    private static boolean failing;
    private static int zero;

    private StaticInitFailures() {
    }

    static int divide(int k) {
        attempts++;
        return k / zero;
    }

    static String describe(Throwable t) {
        if (t instanceof ExceptionInInitializerError) {
            Throwable cause = t.getCause();
            if (cause instanceof Oops) {
                return "EIIE(Oops)";
            }
            if (cause instanceof ArithmeticException) {
                return "EIIE(ArithmeticException)";
            }
            if (cause instanceof ArrayIndexOutOfBoundsException) {
                return "EIIE(ArrayIndexOutOfBoundsException)";
            }
            return "EIIE(?)";
        }
        if (t instanceof NoClassDefFoundError) {
            return "NoClassDefFoundError";
        }
        if (t instanceof Fatal) {
            return "Fatal unwrapped";
        }
        return "other";
    }

    public static void main(String[] args) {
        attempts = 0;
        failing = true;
        zero = 0;
        for (int round = 0; round < 3; round++) {
            try {
                Out.println(new ByNew().value);
            } catch (Throwable t) {
                Out.println(describe(t));
            }
        }
        failing = false;
        try {
            Out.println(new ByNew().value);
        } catch (NoClassDefFoundError e) {
            Out.println("still erroneous after the cause is gone");
        }
        Out.println(attempts);
        for (int round = 0; round < 2; round++) {
            try {
                Out.println(ByCall.call());
            } catch (Throwable t) {
                Out.println(describe(t));
            }
        }
        Out.println(attempts);
        for (int round = 0; round < 2; round++) {
            try {
                Out.println(FailingBase.base);
            } catch (Throwable t) {
                Out.println(describe(t));
            }
        }
        Out.println(attempts);
        for (int round = 0; round < 2; round++) {
            try {
                ByWrite.sink = 3;
                Out.println("written");
            } catch (Throwable t) {
                Out.println(describe(t));
            }
        }
        Out.println(Recovers.state);
        Out.println(Recovers.state);
        Out.println(attempts);
    }
}
