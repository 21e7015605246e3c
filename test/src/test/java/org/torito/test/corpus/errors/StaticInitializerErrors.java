package org.torito.test.corpus.errors;

/**
 * Static initializers that throw: ExceptionInInitializerError with its cause printed, the
 * NoClassDefFoundError of every later use (its message is left out: see the failing NoClassDefFoundMessages),
 * an Error thrown as is, and a class whose initializer survives another class's failure.
 */
public final class StaticInitializerErrors {
    static final class BadTable {
        static final int[] TABLE = build(5);

        static int[] build(int n) {
            int[] t = new int[n];
            for (int i = 0; i <= n; i++) {
                if (i >= t.length) {
                    throw new IndexOutOfBoundsException("table slot " + i + " of " + t.length);
                }
                t[i] = i * i;
            }
            return t;
        }

        static int lookup(int i) {
            return TABLE[i];
        }
    }

    static final class ErrorInit {
        static final String VALUE;

        static {
            if (Boolean.parseBoolean("true")) {
                throw new AssertionError("configuration missing");
            }
            VALUE = "never";
        }
    }

    static final class GoodInit {
        static final String VALUE = "good " + BadTableHolder.describe();
    }

    static final class BadTableHolder {
        static String describe() {
            try {
                return "table " + BadTable.lookup(0);
            } catch (Throwable t) {
                return "no table (" + t.getClass().getSimpleName() + ")";
            }
        }
    }

    private StaticInitializerErrors() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(BadTable.lookup(2));
        } catch (ExceptionInInitializerError e) {
            System.out.println("message: " + e.getMessage());
            System.out.println("cause: " + e.getCause());
            System.out.println("exception: " + e.getException());
            e.printStackTrace(System.out);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                System.out.println(BadTable.lookup(1));
            } catch (NoClassDefFoundError e) {
                System.out.println("again: " + e.getClass().getName() + ", first frame in "
                        + e.getStackTrace()[0].getMethodName());
            }
        }
        try {
            System.out.println(ErrorInit.VALUE);
        } catch (Error e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
            e.printStackTrace(System.out);
        }
        System.out.println(GoodInit.VALUE);
    }
}
