/**
 * Differential test programs: formatting, numbers and I/O over memory. String.format, Formatter and printf
 * conversions (but %t), Double and Float to text and back, BigInteger and BigDecimal, java.io streams,
 * readers and writers over byte arrays and strings, charsets, Scanner on a string and radix conversions. Run by
 * {@link org.torito.test.corpus.TextCorpus}.
 */
package org.torito.test.corpus.text;
