/**
 * Differential test programs: string and char literals, escapes and non-ASCII text printed as UTF-8. Run by
 * {@link org.torito.test.corpus.StringsCorpus}.
 */
package org.torito.test.corpus.strings;
