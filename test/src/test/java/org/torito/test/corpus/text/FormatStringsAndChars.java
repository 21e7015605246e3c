package org.torito.test.corpus.text;

import java.util.Formattable;
import java.util.Formatter;
import java.util.List;

/** %s, %S, %c, %C, %b, %B, %h, %H, %n and %%: widths, precision, '-' and '#' flags, null, Formattable. */
public final class FormatStringsAndChars {
    private FormatStringsAndChars() {
    }

    private record Point(int x, int y) {
    }

    /** A Formattable that honours the alternate flag, width and precision as the API describes. */
    private static final class Ticker implements Formattable {
        private final String symbol;
        private final String name;

        Ticker(String symbol, String name) {
            this.symbol = symbol;
            this.name = name;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            boolean alternate = (flags & java.util.FormattableFlags.ALTERNATE) != 0;
            boolean upper = (flags & java.util.FormattableFlags.UPPERCASE) != 0;
            String text = alternate ? name : symbol;
            if (precision >= 0 && text.length() > precision) {
                text = text.substring(0, precision) + "*";
            }
            if (upper) {
                text = text.toUpperCase();
            }
            boolean left = (flags & java.util.FormattableFlags.LEFT_JUSTIFY) != 0;
            StringBuilder sb = new StringBuilder(text);
            while (sb.length() < width) {
                if (left) {
                    sb.append('.');
                } else {
                    sb.insert(0, '.');
                }
            }
            formatter.format("%s", sb);
        }
    }

    public static void main(String[] args) {
        String[] words = {"", "a", "hello", "Grüße", "naïve café", null};
        for (String w : words) {
            System.out.println(String.format("[%s] [%S] [%10s] [%-10s] [%.3s] [%8.2S] [%b] [%h]", w, w, w, w, w, w, w, w));
        }
        Object[] objects = {42, -7L, 3.5, 'x', true, List.of(1, 2, 3), new Point(3, -4), java.util.Optional.of("sb")};
        for (Object o : objects) {
            System.out.println(String.format("%s|%S|%b|%h|%H|%-12s|", o, o, o, o, o, o));
        }
        char[] chars = {'a', 'Z', '0', ' ', 'é', 'ß', '\u20ac'};
        for (char c : chars) {
            System.out.printf("[%c] [%C] [%3c] [%-3c] [%h]%n", c, c, c, c, c);
        }
        int[] codePoints = {65, 0x3b1, 0x1F600, 0x10FFFF};
        for (int cp : codePoints) {
            String s = String.format("%c", cp);
            System.out.println("U+" + Integer.toHexString(cp) + " -> length " + s.length() + " cp " + s.codePointAt(0));
        }
        System.out.printf("%b %b %b %B %b%n", false, Boolean.TRUE, "false", null, 0);
        System.out.printf("100%% done%n50%%%5%|%-5%|%n");
        String text = String.format("line one%nline two%n");
        System.out.println(text.length() + " " + text.replace("\n", "\\n"));
        Ticker t = new Ticker("ACME", "Acme Corporation");
        System.out.println(String.format("[%s] [%#s] [%10s] [%-10s] [%.3s] [%#.4S] [%S]", t, t, t, t, t, t, t));
        System.out.println(String.format("%s %s %s", (Object) null, "x", new char[0].length));
        System.out.println(String.format("%-6s%6s%6s", "name", "qty", "price"));
        System.out.println(String.format("%-6.6s%6d%6.2f", "widgets-deluxe", 12, 9.5));
    }
}
