package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/**
 * String literals holding unpaired surrogates. HotSpot prints each unpaired surrogate as '?', and so does the
 * console; the literal itself must keep its chars. Kept out of {@code StringsCorpus} while the image writer
 * stores such literals with U+FFFD in place of the surrogate (see {@code CorpusTest}).
 */
public final class LoneSurrogateLiterals {
    private LoneSurrogateLiterals() {
    }

    public static void main(String[] args) {
        Out.println("a\ud83db");
        Out.println("c\ude00d");
        Out.println("\ude00\ud83d");
        Out.println("\ud800");
        Out.println("Latin-1 would be x, this is UTF-16: \udbff!");
    }
}
