package org.torito.test.objects;

import org.torito.test.support.Out;

/** Supplementary characters (surrogate pairs) print as the same four UTF-8 bytes as on HotSpot. */
public final class Emoji {
    private Emoji() {
    }

    public static void main(String[] args) {
        Out.println("smile \ud83d\ude00 and music \ud834\udd1e");
        Out.println("lone high \ud83d then text, lone low \ude00 too");
    }
}
