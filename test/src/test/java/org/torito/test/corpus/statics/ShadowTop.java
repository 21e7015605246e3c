package org.torito.test.corpus.statics;

/** Declares {@code value}; {@link ShadowMiddle} hides it with its own. */
class ShadowTop {
    static int value;
    static long onlyInTop;

    ShadowTop() {
    }
}
