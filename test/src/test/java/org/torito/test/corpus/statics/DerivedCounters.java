package org.torito.test.corpus.statics;

/** Inherits {@link BaseCounters}' statics and methods, hides {@code who()} and adds a field. */
class DerivedCounters extends BaseCounters {
    static int extra;

    DerivedCounters() {
    }

    static String who() {
        return "derived";
    }
}
