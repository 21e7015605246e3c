/**
 * Differential test programs: int and long arithmetic corner cases and hand-written Integer/Long-style
 * algorithms. Run by {@link org.torito.test.corpus.IntegersCorpus}.
 */
package org.torito.test.corpus.integers;
