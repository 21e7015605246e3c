package org.torito.test.corpus.text;

/** Explicit argument indexes (%2$s), the relative index (%<s) and their mix with ordinary specifiers. */
public final class FormatArgumentIndexes {
    private FormatArgumentIndexes() {
    }

    public static void main(String[] args) {
        System.out.println(String.format("%2$s %1$s", "world", "hello"));
        System.out.println(String.format("%1$s %1$s %1$s", "echo"));
        System.out.println(String.format("%d %<x %<o %<X %<#x", 255));
        System.out.println(String.format("%s %s %1$s %s", "a", "b", "c"));
        System.out.println(String.format("%3$s %s %s %s", "x", "y", "z"));
        System.out.println(String.format("%2$d + %1$d = %3$d; %1$d + %2$d = %<d", 3, 4, 7));
        System.out.println(String.format("%1$-8s|%1$8s|%1$.2s|%<S", "indexed"));
        System.out.println(String.format("%1$.3f %1$.1e %<g %1$a", Math.E));
        String[] templates = {"%1$s owes %2$s %3$,.2f", "%2$s is owed %3$,.2f by %1$s", "%3$,.2f: %1$s -> %2$s"};
        for (String template : templates) {
            System.out.println(String.format(template, "Alice", "Bob", 1234.5));
        }
        Object[] row = {"id", 7, "name", "Zoë", "score", 93.25};
        for (int i = 0; i < row.length; i += 2) {
            System.out.println(String.format("%2$s=%1$s", row[i + 1], row[i]));
        }
        System.out.println(String.format("%1$s", "only", "extra", "ignored"));
        System.out.println(String.format("no specifiers", 1, 2));
        System.out.println(String.format("%1$c%2$c%1$c", 'a', 'b'));
        System.out.println(String.format("%%d %1$d %%%1$d%%", 9));
        try {
            System.out.println(String.format("%<s", "no previous"));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(String.format("%3$s", "a", "b"));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(String.format("%0$s", "zero"));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
