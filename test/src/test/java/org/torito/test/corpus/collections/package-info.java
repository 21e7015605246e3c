/**
 * Differential test programs: the JDK's {@code java.util} collections and utilities on bare metal. Lists
 * (ArrayList, LinkedList, sub-lists, list iterators, bulk operations), ArrayDeque as stack and queue, hash,
 * linked and tree maps and sets (access order and LRU eviction, navigation, comparators), priority queues,
 * the {@code Collections} and {@code Arrays} algorithms (object sorts), unmodifiable, checked and synchronized
 * views, immutable factories, the legacy Vector/Stack/Hashtable, fail-fast iterators, Optional, BitSet, seeded
 * Random, Base64, Objects, Comparator combinators and StringJoiner, with the exceptions the APIs throw. Streams
 * and primitive {@code Arrays.sort} are left out: they reach ForkJoin code the image cannot compile yet. Run by
 * {@link org.torito.test.corpus.CollectionsCorpus}.
 */
package org.torito.test.corpus.collections;
