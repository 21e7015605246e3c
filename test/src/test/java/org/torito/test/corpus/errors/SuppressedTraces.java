package org.torito.test.corpus.errors;

/** try-with-resources: suppressed close failures printed as "Suppressed:" sections, in close order. */
public final class SuppressedTraces {
    static final class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name,
                        name.equals("b") ? new ArithmeticException("nested in " + name) : null);
            }
        }
    }

    private SuppressedTraces() {
    }

    static void work(boolean failBody) {
        try (Resource a = new Resource("a", true);
             Resource b = new Resource("b", true);
             Resource c = new Resource("c", false)) {
            if (failBody) {
                throw new RuntimeException("body failed with " + a.name + b.name + c.name);
            }
        }
    }

    public static void main(String[] args) {
        try {
            work(true);
        } catch (RuntimeException e) {
            System.out.println("suppressed: " + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  " + s);
            }
            e.printStackTrace(System.out);
        }
        try {
            work(false);
        } catch (RuntimeException e) {
            System.out.println("primary: " + e.getMessage() + ", suppressed: " + e.getSuppressed().length);
            e.printStackTrace(System.out);
        }
        Exception manual = new Exception("manual");
        manual.addSuppressed(new Error("first"));
        manual.addSuppressed(new Exception("second", new RuntimeException("its cause")));
        manual.printStackTrace(System.out);
        try {
            manual.addSuppressed(manual);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            manual.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
