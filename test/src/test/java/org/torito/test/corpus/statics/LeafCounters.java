package org.torito.test.corpus.statics;

/** Two levels below {@link BaseCounters}; declares nothing, so every static name resolves upward. */
final class LeafCounters extends DerivedCounters {
    private LeafCounters() {
    }
}
