package org.torito.test.corpus.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** replace of chars and sequences, replaceAll/replaceFirst with groups, quoted replacements and matchers. */
public final class StringReplacing {
    private StringReplacing() {
    }

    public static void main(String[] args) {
        String s = "the cat sat on the mat";
        System.out.println(s.replace('a', 'o'));
        System.out.println(s.replace('z', 'o'));
        System.out.println(s.replace("the", "a"));
        System.out.println(s.replace("", "_"));
        System.out.println("aaaa".replace("aa", "b"));
        System.out.println("".replace("", "x"));
        System.out.println(s.replaceAll("[aeiou]", ""));
        System.out.println(s.replaceAll("(\\w)(\\w*)", "$2$1ay"));
        System.out.println(s.replaceFirst("\\bt(\\w+)", "T$1"));
        System.out.println("2024-03-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("John Smith".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        System.out.println("price: 10".replaceAll("\\d+", Matcher.quoteReplacement("$5.00")));
        System.out.println("a.b.c".replaceAll(Pattern.quote("."), "\\\\"));
        System.out.println("naïve café".replace('é', 'e').replace("ï", "i"));
        System.out.println("x\uD83D\uDE00y\uD83D\uDE00".replace("\uD83D\uDE00", ":)"));
        try {
            "abc".replaceAll("b", "$2");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad group: " + e.getMessage());
        }
        try {
            "abc".replaceAll("b", "\\");
        } catch (IllegalArgumentException e) {
            System.out.println("bad escape: " + e.getMessage());
        }
        try {
            "abc".replace(null, "x");
        } catch (NullPointerException e) {
            System.out.println("replace(null): NullPointerException");
        }
        Pattern word = Pattern.compile("\\b(\\w)(\\w*)\\b");
        Matcher m = word.matcher("hello big wide world");
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).toUpperCase() + m.group(2) + "[" + m.start() + "]");
        }
        m.appendTail(out);
        System.out.println(out);
        Matcher counts = Pattern.compile("(\\d+)\\s*x\\s*(\\w+)").matcher("3 x apple, 12x pear,0 x fig");
        while (counts.find()) {
            int n = Integer.parseInt(counts.group(1));
            System.out.println(counts.group(2) + " -> " + n * 2 + " (" + counts.start(1) + ".." + counts.end(2) + ")");
        }
        System.out.println(Pattern.compile("o").matcher("foo boo").replaceAll(r -> "<" + r.start() + ">"));
        System.out.println("Mississippi".replaceAll("(s)\\1", "[$0]").replaceAll("i(?=p)", "I"));
    }
}
