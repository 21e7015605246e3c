package org.torito.test.corpus.collections;

import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * StringJoiner and String.join: delimiters, prefixes and suffixes, the empty value (and how an added empty
 * string is not empty), length, merge (which drops the other joiner's prefix and suffix), null elements,
 * non-ASCII delimiters, and building a CSV row with quoting.
 */
public final class StringJoiners {
    private StringJoiners() {
    }

    static String csv(List<String> fields) {
        StringJoiner row = new StringJoiner(",");
        for (String f : fields) {
            if (f == null) {
                row.add("");
            } else if (f.contains(",") || f.contains("\"")) {
                row.add("\"" + f.replace("\"", "\"\"") + "\"");
            } else {
                row.add(f);
            }
        }
        return row.toString();
    }

    public static void main(String[] args) {
        StringJoiner plain = new StringJoiner(", ");
        System.out.println("empty '" + plain + "' length " + plain.length());
        plain.add("a").add("b").add("c");
        System.out.println("'" + plain + "' length " + plain.length());

        StringJoiner braces = new StringJoiner(" | ", "{", "}");
        System.out.println("empty with prefix '" + braces + "'");
        braces.setEmptyValue("EMPTY");
        System.out.println("empty value '" + braces + "' length " + braces.length());
        braces.add("");
        System.out.println("after adding '' -> '" + braces + "' length " + braces.length());
        braces.add(null).add("x");
        System.out.println("'" + braces + "'");

        StringJoiner left = new StringJoiner("-", "[", "]");
        left.add("1").add("2");
        StringJoiner right = new StringJoiner("+", "<", ">");
        right.add("3").add("4");
        left.merge(right);
        System.out.println("merged '" + left + "' right unchanged '" + right + "'");
        StringJoiner emptyRight = new StringJoiner("+", "<", ">");
        left.merge(emptyRight);
        System.out.println("merge empty '" + left + "'");
        StringJoiner self = new StringJoiner("/");
        self.add("p").add("q");
        self.merge(self);
        System.out.println("self merge '" + self + "'");

        StringJoiner arrows = new StringJoiner(" → ", "«", "»");
        for (String w : new TreeSet<>(List.of("δ", "α", "γ", "β"))) {
            arrows.add(w);
        }
        System.out.println(arrows + " length " + arrows.length());
        System.out.println(String.join("::", "a", "b", null) + " " + String.join("", List.of()) + "|"
                + String.join(",", new TreeSet<>(List.of("z", "y"))));
        System.out.println(csv(List.of("plain", "with,comma", "say \"hi\"", "")));
        System.out.println(csv(java.util.Arrays.asList("a", null, "b")));
        try {
            new StringJoiner(null);
        } catch (NullPointerException e) {
            System.out.println("null delimiter: " + e.getMessage());
        }
        try {
            braces.setEmptyValue(null);
        } catch (NullPointerException e) {
            System.out.println("null empty value: " + e.getMessage());
        }
    }
}
