/**
 * Differential test programs: arrays of every element type and of several dimensions (multianewarray and
 * row-by-row), their default values, hand-written array algorithms (matrix products, transposition, prefix
 * sums, binary searches, sorts of ints and of objects through a comparator interface, bit sets in long[],
 * ring buffers, copies), covariance of multi-dimensional arrays, and the index and size checks at each
 * dimension. Sizes and operands come from static fields set in main. Run by
 * {@link org.torito.test.corpus.ArraysCorpus}.
 */
package org.torito.test.corpus.arrays;
