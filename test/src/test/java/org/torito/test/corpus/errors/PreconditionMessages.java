package org.torito.test.corpus.errors;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The Objects precondition helpers: requireNonNull with messages and suppliers, defaults, index and range checks. */
public final class PreconditionMessages {
    static final class Config {
        final String host;
        final int port;

        Config(String host, Integer port) {
            this.host = Objects.requireNonNull(host, "host");
            this.port = Objects.requireNonNullElse(port, 80);
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private PreconditionMessages() {
    }

    interface Check {
        Object run();
    }

    static void attempt(String label, Check check) {
        try {
            System.out.println(label + " -> " + check.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        int[] supplierCalls = {0};
        Supplier<String> lazy = () -> "lazy message #" + ++supplierCalls[0];
        attempt("config", () -> new Config("example.org", null));
        attempt("config port", () -> new Config("ünïcode.example", 8443));
        attempt("config null host", () -> new Config(null, 1));
        attempt("requireNonNull", () -> Objects.requireNonNull(null));
        attempt("supplier unused", () -> Objects.requireNonNull("x", lazy));
        attempt("supplier used", () -> Objects.requireNonNull(null, lazy));
        attempt("null supplier", () -> Objects.requireNonNull(null, (Supplier<String>) null));
        attempt("else both null", () -> Objects.requireNonNullElse(null, null));
        attempt("elseGet", () -> Objects.requireNonNullElseGet(null, () -> "fallback"));
        attempt("elseGet null", () -> Objects.requireNonNullElseGet(null, () -> null));
        attempt("elseGet no supplier", () -> Objects.requireNonNullElseGet(null, null));
        attempt("checkIndex", () -> Objects.checkIndex(-1, 10));
        attempt("checkIndex long", () -> Objects.checkIndex(10L, 10L));
        attempt("checkIndex ok", () -> Objects.checkIndex(9, 10));
        attempt("checkFromToIndex", () -> Objects.checkFromToIndex(0, 11, 10));
        attempt("checkFromIndexSize", () -> Objects.checkFromIndexSize(Integer.MAX_VALUE, 2, Integer.MAX_VALUE));
        attempt("negative length", () -> Objects.checkIndex(0, -1));
        attempt("Optional.of", () -> Optional.of(null));
        attempt("Optional.orElseThrow", () -> Optional.empty().orElseThrow(() -> new IllegalArgumentException(
                "nothing")));
        attempt("toString default", () -> Objects.toString(null, "n/a") + " " + Objects.toString(null));
        attempt("equals/hash", () -> Objects.equals(null, null) + " " + Objects.hash("a", null, 1) + " "
                + Objects.hashCode(null) + " " + Objects.isNull(null) + " " + Objects.compare("a", "b", String::compareTo));
        System.out.println("supplier calls: " + supplierCalls[0]);
    }
}
