package org.torito.test.corpus.collections;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * HashSet, LinkedHashSet and TreeSet: union, intersection, difference and symmetric difference, duplicate adds,
 * null elements (allowed by hash sets, rejected by TreeSet), insertion order kept by LinkedHashSet, set equality
 * across implementations, and disjointness.
 */
public final class SetAlgebra {
    private SetAlgebra() {
    }

    static Set<Integer> multiples(int k, int limit) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int i = limit; i >= 0; i--) {
            if (i % k == 0) {
                s.add(i);
            }
        }
        return s;
    }

    public static void main(String[] args) {
        Set<Integer> twos = multiples(2, 30);
        Set<Integer> threes = multiples(3, 30);
        System.out.println("twos " + twos);
        Set<Integer> union = new TreeSet<>(twos);
        union.addAll(threes);
        Set<Integer> inter = new TreeSet<>(twos);
        inter.retainAll(threes);
        Set<Integer> diff = new TreeSet<>(twos);
        diff.removeAll(threes);
        Set<Integer> sym = new TreeSet<>(union);
        sym.removeAll(inter);
        System.out.println("union " + union.size() + " " + union);
        System.out.println("intersection " + inter + " difference " + diff);
        System.out.println("symmetric " + sym);

        Set<String> hash = new HashSet<>();
        String[] words = {"delta", "alpha", "charlie", "bravo", "alpha", null, "echo", null, "ñandú"};
        int added = 0;
        for (String w : words) {
            if (hash.add(w)) {
                added++;
            }
        }
        System.out.println("hash added " + added + " size " + hash.size() + " contains(null) " + hash.contains(null)
                + " " + hash);
        Set<String> linked = new LinkedHashSet<>();
        for (String w : words) {
            linked.add(w);
        }
        linked.remove("alpha");
        linked.add("alpha");
        System.out.println("linked " + linked);
        System.out.println("hash equals linked: " + hash.equals(linked) + " hash codes equal: "
                + (hash.hashCode() == linked.hashCode()));
        linked.remove(null);
        Set<String> tree = new TreeSet<>(linked);
        System.out.println("tree " + tree + " equals linked " + tree.equals(linked));
        try {
            tree.add(null);
        } catch (NullPointerException e) {
            System.out.println("TreeSet.add(null): NPE");
        }
        System.out.println("disjoint(twos, {1,5,7}) " + Collections.disjoint(twos, Set.of(1, 5, 7))
                + " disjoint(twos, threes) " + Collections.disjoint(twos, threes));
        System.out.println("empty union " + new HashSet<>(Set.of()).addAll(Set.of()) + " removeAll same "
                + diff.removeAll(diff) + " " + diff);
    }
}
