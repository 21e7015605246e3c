/**
 * Differential test programs: branches, loops, switches, recursion and boolean operators. Run by
 * {@link org.torito.test.corpus.ControlCorpus}.
 */
package org.torito.test.corpus.control;
