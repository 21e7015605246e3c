package org.torito.test.corpus;

import org.torito.test.corpus.collections.ArrayDequeStackQueue;
import org.torito.test.corpus.collections.ArrayListOperations;
import org.torito.test.corpus.collections.ArraysSorting;
import org.torito.test.corpus.collections.ArraysUtilities;
import org.torito.test.corpus.collections.Base64Codecs;
import org.torito.test.corpus.collections.BitSetOperations;
import org.torito.test.corpus.collections.CheckedCollections;
import org.torito.test.corpus.collections.CollectionsAlgorithms;
import org.torito.test.corpus.collections.ComparatorCombinators;
import org.torito.test.corpus.collections.CustomIterables;
import org.torito.test.corpus.collections.EnumCollections;
import org.torito.test.corpus.collections.FailFastIterators;
import org.torito.test.corpus.collections.GraphSearch;
import org.torito.test.corpus.collections.HashCollisions;
import org.torito.test.corpus.collections.HashMapOperations;
import org.torito.test.corpus.collections.ImmutableFactories;
import org.torito.test.corpus.collections.IntervalMerging;
import org.torito.test.corpus.collections.LegacyCollections;
import org.torito.test.corpus.collections.LinkedHashMapOrders;
import org.torito.test.corpus.collections.LinkedListDeque;
import org.torito.test.corpus.collections.ListBulkOperations;
import org.torito.test.corpus.collections.ListIterators;
import org.torito.test.corpus.collections.MapViews;
import org.torito.test.corpus.collections.ObjectArraySorting;
import org.torito.test.corpus.collections.ObjectsHelpers;
import org.torito.test.corpus.collections.OptionalChains;
import org.torito.test.corpus.collections.PrimitiveStreams;
import org.torito.test.corpus.collections.PriorityQueueOrdering;
import org.torito.test.corpus.collections.RandomSequences;
import org.torito.test.corpus.collections.SeededRandom;
import org.torito.test.corpus.collections.SetAlgebra;
import org.torito.test.corpus.collections.StreamCollectors;
import org.torito.test.corpus.collections.StreamPipelines;
import org.torito.test.corpus.collections.StringJoiners;
import org.torito.test.corpus.collections.SubListViews;
import org.torito.test.corpus.collections.TreeMapComparators;
import org.torito.test.corpus.collections.TreeMapNavigation;
import org.torito.test.corpus.collections.TreeSetNavigation;
import org.torito.test.corpus.collections.UnmodifiableViews;
import org.torito.test.corpus.collections.VmExceptionMessages;
import org.torito.test.corpus.collections.WordFrequency;

/**
 * The collections area of the differential corpus (the JDK's java.util collections and utilities): runs every
 * program of {@code org.torito.test.corpus.collections} in one boot, each after its {@code === name} line, so
 * that a mismatch names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class CollectionsCorpus {
    private CollectionsCorpus() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("=== ArrayDequeStackQueue");
        ArrayDequeStackQueue.main(args);
        System.out.println("=== ArrayListOperations");
        ArrayListOperations.main(args);
        System.out.println("=== ArraysSorting");
        ArraysSorting.main(args);
        System.out.println("=== ArraysUtilities");
        ArraysUtilities.main(args);
        System.out.println("=== Base64Codecs");
        Base64Codecs.main(args);
        System.out.println("=== BitSetOperations");
        BitSetOperations.main(args);
        System.out.println("=== CheckedCollections");
        CheckedCollections.main(args);
        System.out.println("=== CollectionsAlgorithms");
        CollectionsAlgorithms.main(args);
        System.out.println("=== ComparatorCombinators");
        ComparatorCombinators.main(args);
        System.out.println("=== CustomIterables");
        CustomIterables.main(args);
        System.out.println("=== EnumCollections");
        EnumCollections.main(args);
        System.out.println("=== FailFastIterators");
        FailFastIterators.main(args);
        System.out.println("=== GraphSearch");
        GraphSearch.main(args);
        System.out.println("=== HashCollisions");
        HashCollisions.main(args);
        System.out.println("=== HashMapOperations");
        HashMapOperations.main(args);
        System.out.println("=== ImmutableFactories");
        ImmutableFactories.main(args);
        System.out.println("=== IntervalMerging");
        IntervalMerging.main(args);
        System.out.println("=== LegacyCollections");
        LegacyCollections.main(args);
        System.out.println("=== LinkedHashMapOrders");
        LinkedHashMapOrders.main(args);
        System.out.println("=== LinkedListDeque");
        LinkedListDeque.main(args);
        System.out.println("=== ListBulkOperations");
        ListBulkOperations.main(args);
        System.out.println("=== ListIterators");
        ListIterators.main(args);
        System.out.println("=== MapViews");
        MapViews.main(args);
        System.out.println("=== ObjectArraySorting");
        ObjectArraySorting.main(args);
        System.out.println("=== ObjectsHelpers");
        ObjectsHelpers.main(args);
        System.out.println("=== OptionalChains");
        OptionalChains.main(args);
        System.out.println("=== PrimitiveStreams");
        PrimitiveStreams.main(args);
        System.out.println("=== PriorityQueueOrdering");
        PriorityQueueOrdering.main(args);
        System.out.println("=== RandomSequences");
        RandomSequences.main(args);
        System.out.println("=== SeededRandom");
        SeededRandom.main(args);
        System.out.println("=== SetAlgebra");
        SetAlgebra.main(args);
        System.out.println("=== StreamCollectors");
        StreamCollectors.main(args);
        System.out.println("=== StreamPipelines");
        StreamPipelines.main(args);
        System.out.println("=== StringJoiners");
        StringJoiners.main(args);
        System.out.println("=== SubListViews");
        SubListViews.main(args);
        System.out.println("=== TreeMapComparators");
        TreeMapComparators.main(args);
        System.out.println("=== TreeMapNavigation");
        TreeMapNavigation.main(args);
        System.out.println("=== TreeSetNavigation");
        TreeSetNavigation.main(args);
        System.out.println("=== UnmodifiableViews");
        UnmodifiableViews.main(args);
        System.out.println("=== VmExceptionMessages");
        VmExceptionMessages.main(args);
        System.out.println("=== WordFrequency");
        WordFrequency.main(args);
    }
}
