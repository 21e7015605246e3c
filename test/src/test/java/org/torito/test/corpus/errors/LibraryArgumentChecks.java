package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** IllegalArgumentException and its subclasses from library calls given bad arguments, messages printed. */
public final class LibraryArgumentChecks {
    enum Color { RED, GREEN }

    private LibraryArgumentChecks() {
    }

    interface Call {
        Object run();
    }

    static void attempt(String label, Call call) {
        try {
            System.out.println(label + " -> " + call.run());
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        int minus = -1 - args.length;
        attempt("ArrayList", () -> new ArrayList<String>(minus));
        attempt("HashMap", () -> new HashMap<String, String>(minus));
        attempt("HashMap load", () -> new HashMap<String, String>(4, 0f));
        attempt("repeat", () -> "ab".repeat(minus));
        attempt("repeat ok", () -> "ab".repeat(3));
        attempt("nCopies", () -> Collections.nCopies(minus, "x"));
        attempt("toChars", () -> new String(Character.toChars(0x110000)));
        attempt("toChars ok", () -> new String(Character.toChars(0x1F600)).length());
        attempt("codePointCount", () -> "abc".codePointCount(2, 1));
        attempt("Random bound", () -> new Random(7).nextInt(0));
        attempt("Random ok", () -> new Random(7).nextInt(100));
        attempt("Random range", () -> new Random(7).nextInt(5, 3));
        attempt("Random long", () -> new Random(-3).nextLong(0L));
        attempt("enum", () -> Color.valueOf("BLUE"));
        attempt("enum ok", () -> Color.valueOf("GREEN").ordinal());
        attempt("checkIndex", () -> Objects.checkIndex(5, 3));
        attempt("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 3));
        attempt("checkFromIndexSize", () -> Objects.checkFromIndexSize(1, 4, 3));
        attempt("format missing", () -> String.format("%s and %s", "one"));
        attempt("format conversion", () -> String.format("%d", "text"));
        attempt("format unknown", () -> String.format("%q", 1));
        attempt("format flags", () -> String.format("%-d", 5));
        attempt("format precision", () -> String.format("%.2d", 5));
        attempt("format width", () -> String.format("%-s", "x"));
        attempt("format ok", () -> String.format("[%5s|%-5d|%05.1f|%x]", "ab", 42, 3.14159, 255));
        attempt("Character.digit", () -> (int) Character.forDigit(5, 99) + "|" + Character.digit('z', 36));
        attempt("TimeUnit", () -> TimeUnit.valueOf("WEEKS"));
        attempt("copyOfRange inverted", () -> java.util.Arrays.copyOfRange(new int[3], 2, 1));
        attempt("fill range", () -> {
            java.util.Arrays.fill(new int[3], 1, 7, 0);
            return "filled";
        });
        attempt("fill inverted", () -> {
            java.util.Arrays.fill(new long[3], 2, 1, 0L);
            return "filled";
        });
        attempt("subList", () -> new ArrayList<>(java.util.List.of(1, 2, 3)).subList(2, 1));
        attempt("Integer.toString radix", () -> Integer.toString(255, 99));
        attempt("StringBuilder ok", () -> new StringBuilder().appendCodePoint(0x1F600).length());
        attempt("appendCodePoint", () -> new StringBuilder().appendCodePoint(-5));
    }
}
