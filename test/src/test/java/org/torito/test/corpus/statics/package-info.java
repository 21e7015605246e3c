/**
 * Differential test programs: static fields of every primitive type and String, across classes and through
 * subclass names. Run by {@link org.torito.test.corpus.StaticsCorpus}.
 */
package org.torito.test.corpus.statics;
