package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** Literals beyond ASCII: Latin-1 strings (one byte per char) and UTF-16 ones, printed as UTF-8. */
public final class NonAscii {
    private static String chosen;

    private NonAscii() {
    }

    public static void main(String[] args) {
        Out.println("h\u00e9llo");
        Out.println("héllo");
        Out.println("Ωmega");
        Out.println("日本");
        Out.println("\u00ff");
        Out.println("ÿ at the end of Latin-1: \u00ff, and one past: \u0100");
        Out.println("Ünïcödé façade naïve coöperate");
        Out.println("€ 100, £ 50, ¥ 1000, ¢ 5");
        Out.println("Ελληνικά Русский עברית العربية");
        Out.println("中文 日本語 한국어");
        Out.println("\u0080\u0081\u009f control C1 range");
        Out.println("\u07ff\u0800 the two-byte/three-byte boundary");
        Out.println("\uffee\ufffd replacement char");
        Out.println("a\u00e9b\u4e2dc");
        Out.println("math: ∀x ∃y x ≤ y ∧ ¬(x > y) ⇒ ∞");
        Out.println("box: ┌─┐ │ │ └─┘ ░▒▓█");
        for (int k = 0; k < 4; k++) {
            chosen = pick(k);
            Out.print(chosen);
            Out.print("|");
        }
        Out.println();
    }

    private static String pick(int k) {
        switch (k) {
            case 0:
                return "plain";
            case 1:
                return "Latin-1 ß";
            case 2:
                return "UTF-16 Ω";
            default:
                return "";
        }
    }
}
