package org.torito.test.corpus.lang;

import java.util.Locale;

/** Upper, lower and title case of chars, code points and strings, including the special multi-char cases. */
public final class CharacterCaseMapping {
    private CharacterCaseMapping() {
    }

    public static void main(String[] args) {
        int[] cps = {'a', 'Z', '1', 0xDF, 0xE9, 0xFF, 0x130, 0x131, 0x149, 0x1C4, 0x1C5, 0x1C6, 0x3C2, 0x3C3,
            0x3B0, 0x401, 0x451, 0x1E9E, 0x2160, 0x24B6, 0xFB01, 0xFF41, 0x10428, 0x10400, 0x1E922};
        for (int cp : cps) {
            System.out.printf("U+%04X upper=%04X lower=%04X title=%04X str-upper=%s str-lower=%s%n", cp,
                    Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp),
                    hex(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT)),
                    hex(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT)));
        }
        String[] words = {"straße", "οδυσσεύς", "İstanbul", "ﬁnal", "Ǆemal", "ŉ", "Crème Brûlée", "ας σα ς",
            "\uD801\uDC00\uD801\uDC28", "mIxEd 123"};
        for (String w : words) {
            String up = w.toUpperCase(Locale.ROOT);
            String low = w.toLowerCase(Locale.ROOT);
            System.out.println(w + " -> " + up + " (" + up.length() + ") / " + low + " (" + low.length() + ")"
                    + " eqic=" + w.equalsIgnoreCase(up) + " eng=" + w.toUpperCase(Locale.ENGLISH).equals(up));
        }
        System.out.println(titleCase("the quick ǳ brown élan"));
        System.out.println(Character.toUpperCase('ß') + " " + Character.toLowerCase('İ') + " "
                + (int) Character.toLowerCase('İ') + " " + "İ".toLowerCase(Locale.ROOT).length());
        System.out.println("ABC".toLowerCase() == "ABC".toLowerCase() ? "same" : "fresh");
        String lower = "already lower";
        System.out.println(lower.toLowerCase(Locale.ROOT) == lower);
        System.out.println(Character.toUpperCase(-1) + " " + Character.toLowerCase(0x110000));
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toTitleCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            b.append(b.length() == 0 ? "" : "+").append(Integer.toHexString(s.codePointAt(i)));
        }
        return b.toString();
    }
}
