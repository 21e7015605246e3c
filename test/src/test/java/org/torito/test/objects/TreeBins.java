package org.torito.test.objects;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.torito.test.support.Out;

/**
 * HashMap bins that turn into trees: keys whose hash codes all collide, ordered by Comparable, which
 * HashMap finds through the key class's generic interfaces (Class.getGenericInterfaces, the Signature
 * attribute); and the interfaces classes declare.
 */
public final class TreeBins {
    static int comparisons;

    static class Key implements Comparable<Key> {
        final int id;

        Key(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return 42;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id;
        }

        @Override
        public int compareTo(Key other) {
            comparisons++;
            return Integer.compare(id, other.id);
        }
    }

    /** Comparable only through its superclass: HashMap must not use compareTo for it. */
    static final class SubKey extends Key {
        SubKey(int id) {
            super(id);
        }
    }

    /** A raw Comparable: no type argument, so HashMap does not compare with it either. */
    @SuppressWarnings("rawtypes")
    static final class RawKey implements Comparable {
        final int id;

        RawKey(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return 7;
        }

        @Override
        public int compareTo(Object other) {
            comparisons++;
            return Integer.compare(id, ((RawKey) other).id);
        }
    }

    private TreeBins() {
    }

    /** How many compareTo calls filling a map with colliding keys takes. */
    static int comparisonsFor(java.util.function.IntFunction<Object> key) {
        comparisons = 0;
        Map<Object, Integer> map = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            map.put(key.apply(i * 37 % 100), i);
        }
        for (int i = 0; i < 100; i++) {
            map.get(key.apply(i));
        }
        return comparisons;
    }

    public static void main(String[] args) {
        Map<Key, Integer> map = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            map.put(new Key(i * 7 % 200), i);
        }
        Out.println(map.size());
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            sum = sum * 31 + map.get(new Key(i));
        }
        Out.println(sum);
        for (int i = 0; i < 200; i += 3) {
            map.remove(new Key(i));
        }
        Out.println(map.size());
        Out.println(map.containsKey(new Key(1)) + " " + map.containsKey(new Key(3)));
        Out.println(comparisonsFor(Key::new));
        Out.println(comparisonsFor(SubKey::new));
        Out.println(comparisonsFor(RawKey::new));
        Out.println(comparisonsFor(i -> "k" + i) >= 0);

        Out.println(Arrays.toString(String.class.getInterfaces()));
        Out.println(Arrays.toString(Key.class.getInterfaces()));
        Out.println(Arrays.toString(int[].class.getInterfaces()));
        Out.println(Arrays.toString(Object.class.getInterfaces()));

    }
}
