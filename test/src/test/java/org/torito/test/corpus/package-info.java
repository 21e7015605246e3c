/**
 * The differential test corpus: small Java programs, one package per area, that must print the same bytes on
 * HotSpot and on Torito. Each area has a runner ({@code <Area>Corpus}) that runs all its programs in one boot;
 * {@link org.torito.test.corpus.CorpusTest} compares the outputs. Programs stay within what the baseline
 * compiler supports today: classes, interfaces, arrays, exceptions, static initializers, integer and
 * floating-point arithmetic, string literals printed through {@link org.torito.test.support.Out}; no
 * invokedynamic (string concatenation, lambdas) and no JDK library methods.
 */
package org.torito.test.corpus;
