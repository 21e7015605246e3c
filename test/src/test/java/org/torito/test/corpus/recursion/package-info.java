/**
 * Differential test programs: recursion as a technique. Memoization in arrays, backtracking (sudoku, subset
 * sums, permutations with repeated elements), divide and conquer, mutual recursion over object graphs and
 * over a grammar, tree traversals on hand-built trees, Ackermann's function with small arguments, and
 * unbounded recursion whose StackOverflowError is caught before the program goes on (printing only that it
 * was caught, never a depth). Run by {@link org.torito.test.corpus.RecursionCorpus}.
 */
package org.torito.test.corpus.recursion;
