package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/**
 * Unpaired surrogate chars print as '?' (HotSpot's UTF-8 encoder replaces them; the console does the same),
 * each followed by an ordinary char. Literals with them are in {@link LoneSurrogateLiterals}. Surrogate pairs
 * are not here: HotSpot encodes a pair as one 4-byte sequence, the console as two '?'.
 */
public final class LoneSurrogates {
    private static char high;
    private static char low;

    private LoneSurrogates() {
    }

    public static void main(String[] args) {
        high = '\ud83d';
        low = '\ude00';
        Out.print(high);
        Out.print('x');
        Out.println();
        Out.print(low);
        Out.println();
        Out.print(low);
        Out.print(high);
        Out.print('y');
        Out.println();
        Out.print((char) (high + 1));
        Out.print('-');
        Out.print((char) (low - 1));
        Out.print('-');
        Out.print((char) (high - 1));
        Out.println();
    }
}
