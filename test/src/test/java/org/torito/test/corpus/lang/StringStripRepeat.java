package org.torito.test.corpus.lang;

/** strip, trim, isBlank, repeat, lines and translateEscapes over ASCII and Unicode white space. */
public final class StringStripRepeat {
    private StringStripRepeat() {
    }

    public static void main(String[] args) {
        String[] samples = {"  padded  ", "\t\n tabs \r\n", "", "   ", "\u2003em space\u2003", "\u00a0nbsp\u00a0",
            "\u0001ctrl\u0001", "none", "\u3000ideographic\u3000", " \u2028line sep\u2029 "};
        for (String s : samples) {
            System.out.println(quote(s) + " trim=" + quote(s.trim()) + " strip=" + quote(s.strip())
                    + " lead=" + quote(s.stripLeading()) + " trail=" + quote(s.stripTrailing())
                    + " blank=" + s.isBlank() + " empty=" + s.isEmpty());
        }
        System.out.println(quote("ab".repeat(0)) + " " + "ab".repeat(1) + " " + "ab".repeat(5) + " " + "".repeat(100));
        System.out.println("é".repeat(3) + " " + "\uD83D\uDE00".repeat(2).length());
        System.out.println("-".repeat(40));
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat(-1): " + e.getMessage());
        }
        try {
            "abc".repeat(Integer.MAX_VALUE);
        } catch (OutOfMemoryError e) {
            System.out.println("repeat(MAX): OutOfMemoryError " + e.getMessage());
        }
        String text = "first\nsecond\r\nthird\rfourth\n\nsixth\n";
        for (java.util.Iterator<String> it = text.lines().iterator(); it.hasNext();) {
            System.out.println("line " + quote(it.next()));
        }
        System.out.println("count " + count(text) + " " + count("") + " " + count("\n") + " " + count("a\r\rb"));
        System.out.println(quote("a\\tb\\n\\101\\s\\0".translateEscapes()));
    }

    private static int count(String s) {
        int n = 0;
        for (java.util.Iterator<String> it = s.lines().iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
