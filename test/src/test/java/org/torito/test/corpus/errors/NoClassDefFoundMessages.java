package org.torito.test.corpus.errors;

/** The NoClassDefFoundError of a use after a failed static initializer: its message, cause and stack trace. */
public final class NoClassDefFoundMessages {
    static final class Registry {
        static final String NAME = load("registry");

        static String load(String what) {
            throw new IllegalStateException("cannot load " + what);
        }

        static String name() {
            return NAME;
        }
    }

    private NoClassDefFoundMessages() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(Registry.name());
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e + " caused by " + e.getCause());
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                System.out.println(Registry.name());
            } catch (NoClassDefFoundError e) {
                System.out.println("attempt " + attempt + ": " + e.getMessage());
                System.out.println("  cause: " + e.getCause());
                e.printStackTrace(System.out);
            }
        }
    }
}
