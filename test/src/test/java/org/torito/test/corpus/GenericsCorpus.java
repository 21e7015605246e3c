package org.torito.test.corpus;

import org.torito.test.corpus.generics.BridgeMethods;
import org.torito.test.corpus.generics.ForEachIterable;
import org.torito.test.corpus.generics.GenericMethods;
import org.torito.test.corpus.generics.LinkedDeques;
import org.torito.test.corpus.generics.LruCaches;
import org.torito.test.corpus.generics.OpenAddressingMaps;
import org.torito.test.corpus.generics.OptionTypes;
import org.torito.test.corpus.generics.OwnIterators;
import org.torito.test.corpus.generics.PriorityQueues;
import org.torito.test.corpus.generics.Queues;
import org.torito.test.corpus.generics.RecursiveGenerics;
import org.torito.test.corpus.generics.Stacks;
import org.torito.test.corpus.generics.ArrayLists;
import org.torito.test.corpus.generics.Wildcards;
import org.torito.test.corpus.generics.BinarySearchTrees;
import org.torito.test.corpus.generics.BoundedGenerics;
import org.torito.test.support.Out;

/**
 * The generics area of the differential corpus (hand-written generic containers, bounded type parameters,
 * wildcards, generic methods, bridge methods, iterators of the programs' own, recursive bounds): runs every
 * program of {@code org.torito.test.corpus.generics} in one boot, each after its {@code === name} line, so
 * that a mismatch names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class GenericsCorpus {
    private GenericsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== BridgeMethods");
        BridgeMethods.main(args);
        Out.println("=== ForEachIterable");
        ForEachIterable.main(args);
        Out.println("=== GenericMethods");
        GenericMethods.main(args);
        Out.println("=== LinkedDeques");
        LinkedDeques.main(args);
        Out.println("=== LruCaches");
        LruCaches.main(args);
        Out.println("=== OpenAddressingMaps");
        OpenAddressingMaps.main(args);
        Out.println("=== OptionTypes");
        OptionTypes.main(args);
        Out.println("=== OwnIterators");
        OwnIterators.main(args);
        Out.println("=== PriorityQueues");
        PriorityQueues.main(args);
        Out.println("=== Queues");
        Queues.main(args);
        Out.println("=== RecursiveGenerics");
        RecursiveGenerics.main(args);
        Out.println("=== Stacks");
        Stacks.main(args);
        Out.println("=== ArrayLists");
        ArrayLists.main(args);
        Out.println("=== Wildcards");
        Wildcards.main(args);
        Out.println("=== BinarySearchTrees");
        BinarySearchTrees.main(args);
        Out.println("=== BoundedGenerics");
        BoundedGenerics.main(args);
    }
}
