package org.torito.test.corpus.lang;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/** String.split with limits and regular expressions, String.join and StringJoiner. */
public final class StringSplitJoin {
    private StringSplitJoin() {
    }

    public static void main(String[] args) {
        String[] inputs = {"a,b,,c,,", ",a,b", "", ",", "a", "a,,", ",,,"};
        for (String in : inputs) {
            for (int limit : new int[] {0, -1, 1, 2, 10}) {
                String[] parts = in.split(",", limit);
                System.out.println("[" + in + "] limit " + limit + " -> " + parts.length + " " + Arrays.toString(parts));
            }
        }
        show("one  two\tthree\n four", "\\s+");
        show("key=value=more", "=");
        show("a1b22c333d", "\\d+");
        show("a.b.c", "\\.");
        show("a|b|c", "\\|");
        show("2024-01-15T10:30", "[-T:]");
        show("camelCaseStringHere", "(?=[A-Z])");
        show("héllo wörld ñ", " ");
        show("abc", "");
        show("x1y2z3", "(?<=\\d)");
        System.out.println(String.join("-", "a", "b", "c"));
        System.out.println(String.join(", ", List.of("x", "y", "z")));
        System.out.println("[" + String.join("/", new String[0]) + "]");
        System.out.println(String.join("+", Arrays.asList("a", null, "c")));
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        System.out.println(joiner + " len " + joiner.length());
        joiner.setEmptyValue("EMPTY");
        System.out.println(joiner);
        joiner.add("one").add("").add("three");
        System.out.println(joiner + " len " + joiner.length());
        StringJoiner other = new StringJoiner("|", "<", ">");
        other.add("p").add("q");
        joiner.merge(other);
        System.out.println(joiner);
        try {
            "abc".split(null);
        } catch (NullPointerException e) {
            System.out.println("split(null): NullPointerException");
        }
        try {
            "abc".split("(");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("bad regex: " + e.getDescription() + " at " + e.getIndex() + " in " + e.getPattern());
        }
    }

    private static void show(String s, String regex) {
        String[] parts = s.split(regex);
        System.out.println(regex + " -> " + parts.length + " " + Arrays.toString(parts));
    }
}
