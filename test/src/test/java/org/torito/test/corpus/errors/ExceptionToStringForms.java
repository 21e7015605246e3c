package org.torito.test.corpus.errors;

/**
 * Throwable.toString and printStackTrace forms: null, empty, multi-line and non-ASCII messages, nested class
 * names, Throwable(cause) messages, and an exception whose toString throws nothing but lies about its class.
 */
public final class ExceptionToStringForms {
    static final class Outer {
        static final class InnerFailure extends RuntimeException {
            private static final long serialVersionUID = 1L;

            InnerFailure(String message) {
                super(message);
            }
        }
    }

    static final class Disguised extends Exception {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return "java.io.IOException: disguised";
        }
    }

    private ExceptionToStringForms() {
    }

    public static void main(String[] args) {
        Throwable[] samples = {
            new Exception(),
            new Exception((String) null),
            new Exception(""),
            new RuntimeException(" padded "),
            new Error("ligne 1\nligne 2\tavec tab"),
            new IllegalStateException("état invalide: ü ß 中文 😀"),
            new Outer.InnerFailure("inner"),
            new Exception(new Outer.InnerFailure("as cause")),
            new Exception((Throwable) null),
            new RuntimeException("msg", null),
            new Disguised(),
            new Throwable("plain throwable"),
            new StackOverflowError(),
            new OutOfMemoryError("Java heap space"),
        };
        for (Throwable t : samples) {
            System.out.println("toString=" + t);
            System.out.println("  message=" + t.getMessage() + " localized=" + t.getLocalizedMessage()
                    + " cause=" + t.getCause() + " class=" + t.getClass().getName());
        }
        samples[4].printStackTrace(System.out);
        samples[7].printStackTrace(System.out);
        Exception outer = new Exception("outer", samples[10]);
        outer.printStackTrace(System.out);
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(samples[2]));
    }
}
