package org.torito.test.corpus.lang;

import java.util.Arrays;

/** codePointAt/Before/Count, offsetByCodePoints and appendCodePoint over text with surrogate pairs. */
public final class StringCodePoints {
    private StringCodePoints() {
    }

    public static void main(String[] args) {
        String[] texts = {"abc", "", "héllo", "日本語", "a\uD83D\uDE00b", "\uD834\uDD1E music", "\uD800 lone",
            "end \uDC00", "\uDBFF\uDFFF"};
        for (String t : texts) {
            System.out.println("length=" + t.length() + " codePoints=" + t.codePointCount(0, t.length())
                    + " chars=" + chars(t) + " cps=" + codePoints(t));
        }
        String s = "x\uD83D\uDE00y\uD83C\uDF89z";
        for (int i = 0; i < s.length(); i++) {
            System.out.println(i + ": at=" + Integer.toHexString(s.codePointAt(i)) + " before="
                    + (i > 0 ? Integer.toHexString(s.codePointBefore(i)) : "-") + " char="
                    + Integer.toHexString(s.charAt(i)));
        }
        for (int n = 0; n <= 5; n++) {
            System.out.println("offset " + n + " -> " + s.offsetByCodePoints(0, n));
        }
        System.out.println(s.offsetByCodePoints(s.length(), -2));
        try {
            s.offsetByCodePoints(0, 6);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("offset 6: " + e.getClass().getSimpleName());
        }
        try {
            s.codePointAt(7);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("codePointAt 7: " + e.getMessage());
        }
        try {
            s.codePointBefore(0);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("codePointBefore 0: " + e.getMessage());
        }
        int letters = 0;
        String mixed = "Grüße, 世界! \uD835\uDC00";
        for (int i = 0; i < mixed.length(); i += Character.charCount(mixed.codePointAt(i))) {
            if (Character.isLetter(mixed.codePointAt(i))) {
                letters++;
            }
        }
        System.out.println("letters " + letters);
        String reversed = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('a').appendCodePoint(0xE9)
                .toString();
        System.out.println(reversed.length() + " " + reversed.codePointCount(0, reversed.length()));
        int[] cps = {0x48, 0x49, 0x1F30D, 0x10FFFF, 0};
        String fromCps = new String(cps, 0, cps.length);
        System.out.println(fromCps.length() + " " + codePoints(fromCps));
        try {
            new String(new int[] {0x110000}, 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("bad code point: " + e.getMessage());
        }
        int sum = 0;
        for (char c : "Hello".toCharArray()) {
            sum += c;
        }
        StringBuilder upper = new StringBuilder();
        for (char c : "mixed Case Text".toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper.append(c);
            }
        }
        System.out.println("sum " + sum + " upper " + upper + " " + Arrays.toString("héllo".toCharArray()));
        System.out.println(new String(Character.toChars(0x1F4A9)).codePointAt(0) == 0x1F4A9);
    }

    private static String chars(String s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            b.append(i == 0 ? "" : ",").append(Integer.toHexString(s.charAt(i)));
        }
        return b.append(']').toString();
    }

    private static String codePoints(String s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            b.append(i == 0 ? "" : ",").append(Integer.toHexString(s.codePointAt(i)));
        }
        return b.append(']').toString();
    }
}
