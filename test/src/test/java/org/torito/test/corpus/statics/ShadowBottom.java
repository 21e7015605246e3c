package org.torito.test.corpus.statics;

/** Declares nothing: {@code ShadowBottom.value} is {@link ShadowMiddle#value}, the nearest declaration. */
final class ShadowBottom extends ShadowMiddle {
    private ShadowBottom() {
    }
}
