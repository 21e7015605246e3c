package org.torito.test.corpus.statics;

/** Hides {@link ShadowTop#value} with a field of another type. */
class ShadowMiddle extends ShadowTop {
    static long value;

    ShadowMiddle() {
    }
}
