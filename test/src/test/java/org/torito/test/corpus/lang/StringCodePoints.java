package org.torito.test.corpus.lang;

import java.util.Arrays;
import java.util.PrimitiveIterator;

/** chars(), codePoints(), codePointAt/Before/Count and offsetByCodePoints over text with surrogate pairs. */
public final class StringCodePoints {
    private StringCodePoints() {
    }

    public static void main(String[] args) {
        String[] texts = {"abc", "", "héllo", "日本語", "a\uD83D\uDE00b", "\uD834\uDD1E music", "\uD800 lone",
            "end \uDC00", "\uDBFF\uDFFF"};
        for (String t : texts) {
            System.out.println("length=" + t.length() + " codePoints=" + t.codePointCount(0, t.length())
                    + " chars=" + hex(t.chars().iterator()) + " cps=" + hex(t.codePoints().iterator()));
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
        for (PrimitiveIterator.OfInt it = "Grüße, 世界! \uD835\uDC00".codePoints().iterator(); it.hasNext();) {
            if (Character.isLetter(it.nextInt())) {
                letters++;
            }
        }
        System.out.println("letters " + letters);
        String reversed = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('a').appendCodePoint(0xE9)
                .toString();
        System.out.println(reversed.length() + " " + reversed.codePointCount(0, reversed.length()));
        int[] cps = {0x48, 0x49, 0x1F30D, 0x10FFFF, 0};
        String fromCps = new String(cps, 0, cps.length);
        System.out.println(fromCps.length() + " " + hex(fromCps.codePoints().iterator()));
        try {
            new String(new int[] {0x110000}, 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("bad code point: " + e.getMessage());
        }
        int sum = 0;
        for (PrimitiveIterator.OfInt it = "Hello".chars().iterator(); it.hasNext();) {
            sum += it.next();
        }
        StringBuilder upper = new StringBuilder();
        "mixed Case Text".chars().iterator().forEachRemaining((int c) -> {
            if (Character.isUpperCase(c)) {
                upper.append((char) c);
            }
        });
        System.out.println("sum " + sum + " upper " + upper + " " + Arrays.toString("héllo".toCharArray()));
        System.out.println(new String(Character.toChars(0x1F4A9)).codePointAt(0) == 0x1F4A9);
    }

    private static String hex(PrimitiveIterator.OfInt it) {
        StringBuilder b = new StringBuilder("[");
        while (it.hasNext()) {
            b.append(Integer.toHexString(it.nextInt())).append(it.hasNext() ? "," : "");
        }
        return b.append(']').toString();
    }
}
