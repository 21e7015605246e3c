package org.torito.test.corpus.lang;

/** Surrogate pairs and code points: toChars, toCodePoint, charCount, validity checks and lone surrogates. */
public final class Surrogates {
    private Surrogates() {
    }

    public static void main(String[] args) {
        int[] cps = {0, 0x41, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800, 0xDFFF, 0x110000, -1};
        for (int cp : cps) {
            System.out.printf("%X valid=%b bmp=%b supp=%b count=%d", cp, Character.isValidCodePoint(cp),
                    Character.isBmpCodePoint(cp), Character.isSupplementaryCodePoint(cp), Character.charCount(cp));
            try {
                char[] chars = Character.toChars(cp);
                System.out.printf(" chars=%d", chars.length);
                for (char c : chars) {
                    System.out.printf(" %04X(h=%b,l=%b)", (int) c, Character.isHighSurrogate(c),
                            Character.isLowSurrogate(c));
                }
                System.out.printf(" high=%04X low=%04X%n", (int) Character.highSurrogate(cp),
                        (int) Character.lowSurrogate(cp));
            } catch (IllegalArgumentException e) {
                System.out.println(" " + e.getMessage());
            }
        }
        for (char hi = 0xD800; hi < 0xDC00; hi += 0x155) {
            for (char lo = 0xDC00; lo < 0xE000; lo += 0x2AA) {
                int cp = Character.toCodePoint(hi, lo);
                if (Character.highSurrogate(cp) != hi || Character.lowSurrogate(cp) != lo) {
                    System.out.println("mismatch " + cp);
                }
                System.out.print(Integer.toHexString(cp) + " ");
            }
            System.out.println();
        }
        System.out.println(Character.isSurrogatePair('\uD83D', '\uDE00') + " " + Character.isSurrogatePair('\uDE00',
                '\uD83D') + " " + Character.isSurrogate('\uDBFF') + " " + Character.isSurrogate('\uE000'));
        char[] mixed = {'a', '\uD83D', '\uDE00', '\uD83D', 'b', '\uDE00'};
        for (int i = 0; i < mixed.length; i = Character.offsetByCodePoints(mixed, 0, mixed.length, i, 1)) {
            System.out.print(Integer.toHexString(Character.codePointAt(mixed, i)) + " ");
        }
        System.out.println("count=" + Character.codePointCount(mixed, 0, mixed.length));
        System.out.println(Character.toString(0x1F600).length() + " " + Character.toString(65));
        try {
            Character.toString(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("toString: " + e.getMessage());
        }
        char[] dst = new char[3];
        int n = Character.toChars(0x1D11E, dst, 1);
        System.out.println(n + " " + Integer.toHexString(dst[1]) + " " + Integer.toHexString(dst[2]));
        String lone = "x\uD800y";
        System.out.println(lone.length() + " " + lone.codePointCount(0, 3) + " "
                + Integer.toHexString(lone.codePointAt(1)) + " " + new StringBuilder(lone).reverse().charAt(1));
        byte[] utf8 = lone.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(java.util.Arrays.toString(utf8));
        byte[] emoji = "\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(java.util.Arrays.toString(emoji) + " "
                + new String(emoji, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0));
    }
}
