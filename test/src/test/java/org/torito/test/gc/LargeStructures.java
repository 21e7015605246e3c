package org.torito.test.gc;

import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.Map;

/**
 * Structures whose marking needs more mark stack than the collector reserves (a LinkedList of
 * 600,000 distinct Integers leaves every item pending while the spine is followed; a big array
 * pushes all its elements), collected again and again while garbage is made; then identity hash codes,
 * which must not change across collections (IdentityHashMap finds every key).
 */
public class LargeStructures {
    public static void main(String[] args) {
        LinkedList<Integer> list = new LinkedList<>();
        for (int i = 0; i < 600_000; i++) {
            list.add(i * 7);
        }
        Object[] array = new Object[400_000];
        for (int i = 0; i < array.length; i++) {
            array[i] = new int[] {i};
        }
        churn(600);
        long sum = 0;
        for (int value : list) {
            sum += value;
        }
        long elements = 0;
        for (Object o : array) {
            elements += ((int[]) o)[0];
        }
        System.out.println("list " + list.size() + " sum " + sum + ", array sum " + elements);

        list = null;
        array = null;
        Object[] keys = new Object[50_000];
        int[] hashes = new int[keys.length];
        Map<Object, Integer> identity = new IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
            hashes[i] = System.identityHashCode(keys[i]);
            identity.put(keys[i], i);
        }
        churn(600);
        System.gc();
        int same = 0;
        int found = 0;
        for (int i = 0; i < keys.length; i++) {
            same += System.identityHashCode(keys[i]) == hashes[i] ? 1 : 0;
            found += identity.get(keys[i]) == i ? 1 : 0;
        }
        System.out.println("identity hashes unchanged: " + same + ", found in IdentityHashMap: " + found);
    }

    /** Makes {@code megabytes} of short-lived garbage, enough for several collections. */
    static void churn(int megabytes) {
        long sum = 0;
        for (int i = 0; i < megabytes * 16; i++) {
            sum += new byte[64 * 1024 - 64].length;
        }
        if (sum == 0) {
            System.out.println("no garbage");
        }
    }
}
