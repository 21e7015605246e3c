/**
 * Differential test programs: generic code after erasure, written without the JDK's collections or boxing
 * (elements are the programs' own classes): containers by hand (array list, stacks, queues, an
 * open-addressing map, a binary search tree, a priority queue), bounded type parameters over the programs'
 * own ordering and hashing interfaces, wildcards, generic methods and constructors, bridge methods and the
 * casts erasure inserts, iterators of the programs' own, and recursive bounds such as
 * {@code T extends Node<T>}. Run by {@link org.torito.test.corpus.GenericsCorpus}.
 */
package org.torito.test.corpus.generics;
