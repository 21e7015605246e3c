package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** compareTo, compareToIgnoreCase, equalsIgnoreCase, regionMatches, contentEquals and sorting orders. */
public final class StringComparisons {
    private StringComparisons() {
    }

    public static void main(String[] args) {
        String[][] pairs = {{"apple", "banana"}, {"apple", "apple"}, {"apple", "app"}, {"", "a"}, {"A", "a"},
            {"Zebra", "apple"}, {"é", "e"}, {"straße", "STRASSE"}, {"\uD83D\uDE00", "\uFFFF"}, {"abc", "ABD"},
            {"İ", "i"}, {"ǅ", "ǆ"}, {"Σ", "ς"}};
        for (String[] p : pairs) {
            String a = p[0];
            String b = p[1];
            System.out.println(a + " vs " + b + ": cmp=" + a.compareTo(b) + " ic=" + a.compareToIgnoreCase(b)
                    + " eqic=" + a.equalsIgnoreCase(b) + " eq=" + a.equals(b) + " hash=" + a.hashCode()
                    + "/" + b.hashCode());
        }
        String s = "Hello, World of Java";
        System.out.println(s.regionMatches(7, "World", 0, 5));
        System.out.println(s.regionMatches(7, "world", 0, 5));
        System.out.println(s.regionMatches(true, 7, "WORLD", 0, 5));
        System.out.println(s.regionMatches(-1, "Hello", 0, 5));
        System.out.println(s.regionMatches(17, "Javascript", 0, 10));
        System.out.println(s.regionMatches(0, "xHello", 1, 5));
        System.out.println(s.regionMatches(true, 0, "hELLO", 0, 0));
        System.out.println(s.regionMatches(true, 0, "hELLO", 0, -3));
        System.out.println("Ünïcödé".regionMatches(true, 0, "üNÏ", 0, 3));
        System.out.println(s.contentEquals(new StringBuilder("Hello, World of Java")));
        System.out.println(s.contentEquals("Hello"));
        List<String> words = new ArrayList<>(Arrays.asList("pear", "Apple", "banana", "apple", "Banana", "cherry",
                "éclair", "Zucchini", "", "a", "A"));
        words.sort(null);
        System.out.println(words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        words.sort(String.CASE_INSENSITIVE_ORDER.reversed());
        System.out.println(words);
        words.sort((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
        System.out.println(words);
        try {
            "a".compareTo(null);
        } catch (NullPointerException e) {
            System.out.println("compareTo(null): NullPointerException");
        }
        System.out.println("a".equals(null) + " " + "a".equalsIgnoreCase(null));
    }
}
