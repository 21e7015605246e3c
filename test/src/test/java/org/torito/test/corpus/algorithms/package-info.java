/**
 * Differential test programs: small classic algorithms in integer arithmetic, with bit sets in longs instead of
 * arrays. Run by {@link org.torito.test.corpus.AlgorithmsCorpus}.
 */
package org.torito.test.corpus.algorithms;
