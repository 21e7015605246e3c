/**
 * Differential test programs: float and double arithmetic (IEEE 754 special values, signed zeros, NaN
 * comparisons, conversions and their saturation, remainders, precision and rounding, iterative numerics),
 * printed as the hex bits of {@code floatToIntBits}/{@code doubleToLongBits} through
 * {@link org.torito.test.support.Out}. Operands come from static fields and parameters so that javac folds
 * nothing interesting. Run by {@link org.torito.test.corpus.FloatsCorpus}.
 */
package org.torito.test.corpus.floats;
