package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A hand-written hash table with separate chaining and resizing, keyed by a class with its own hash and
 * equality, then an open-addressing int-to-long table with linear probing and tombstones.
 */
public final class HashTables {
    static final class Key {
        final int a;
        final int b;

        Key(int a, int b) {
            this.a = a;
            this.b = b;
        }

        int hash() {
            int h = a * 31 + b;
            return h ^ (h >>> 7);
        }

        boolean same(Key other) {
            return a == other.a && b == other.b;
        }
    }

    static final class Entry {
        final Key key;
        String value;
        Entry next;

        Entry(Key key, String value, Entry next) {
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    static final class ChainedMap {
        private Entry[] buckets = new Entry[4];
        private int size;
        private int resizes;

        String put(Key k, String v) {
            int i = index(k, buckets.length);
            for (Entry e = buckets[i]; e != null; e = e.next) {
                if (e.key.same(k)) {
                    String old = e.value;
                    e.value = v;
                    return old;
                }
            }
            buckets[i] = new Entry(k, v, buckets[i]);
            size++;
            if (size > buckets.length * 3 / 4) {
                grow();
            }
            return null;
        }

        String get(Key k) {
            for (Entry e = buckets[index(k, buckets.length)]; e != null; e = e.next) {
                if (e.key.same(k)) {
                    return e.value;
                }
            }
            return null;
        }

        private void grow() {
            Entry[] old = buckets;
            buckets = new Entry[old.length * 2];
            resizes++;
            for (Entry head : old) {
                Entry e = head;
                while (e != null) {
                    Entry next = e.next;
                    int i = index(e.key, buckets.length);
                    e.next = buckets[i];
                    buckets[i] = e;
                    e = next;
                }
            }
        }

        private static int index(Key k, int length) {
            return k.hash() & (length - 1);
        }

        int longestChain() {
            int longest = 0;
            for (Entry head : buckets) {
                int n = 0;
                for (Entry e = head; e != null; e = e.next) {
                    n++;
                }
                longest = n > longest ? n : longest;
            }
            return longest;
        }
    }

    static final class ProbingMap {
        private static final int EMPTY = 0;
        private static final int FULL = 1;
        private static final int DELETED = 2;

        private final int[] keys;
        private final long[] values;
        private final byte[] states;
        private int probes;

        ProbingMap(int capacity) {
            keys = new int[capacity];
            values = new long[capacity];
            states = new byte[capacity];
        }

        private int slot(int key) {
            int h = key * 0x9E3779B9;
            return (h >>> 16) % keys.length;
        }

        void put(int key, long value) {
            int i = slot(key);
            int firstFree = -1;
            while (states[i] != EMPTY) {
                probes++;
                if (states[i] == FULL && keys[i] == key) {
                    values[i] = value;
                    return;
                }
                if (states[i] == DELETED && firstFree < 0) {
                    firstFree = i;
                }
                i = (i + 1) % keys.length;
            }
            if (firstFree >= 0) {
                i = firstFree;
            }
            keys[i] = key;
            values[i] = value;
            states[i] = FULL;
        }

        long get(int key, long missing) {
            int i = slot(key);
            while (states[i] != EMPTY) {
                probes++;
                if (states[i] == FULL && keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) % keys.length;
            }
            return missing;
        }

        boolean remove(int key) {
            int i = slot(key);
            while (states[i] != EMPTY) {
                if (states[i] == FULL && keys[i] == key) {
                    states[i] = DELETED;
                    return true;
                }
                i = (i + 1) % keys.length;
            }
            return false;
        }
    }

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon"};
    private static int count;

    private HashTables() {
    }

    public static void main(String[] args) {
        count = 50;
        ChainedMap map = new ChainedMap();
        for (int i = 0; i < count; i++) {
            Out.print(map.put(new Key(i % 10, i / 10), WORDS[i % WORDS.length]) == null ? '+' : '=');
        }
        Out.println();
        for (int i = 0; i < count; i += 7) {
            Out.print(map.put(new Key(i % 10, i / 10), "seven") == null ? "new " : "replaced ");
        }
        Out.println();
        Out.println(map.size);
        Out.println(map.resizes);
        Out.println(map.buckets.length);
        Out.println(map.longestChain());
        for (int i = 0; i < 12; i++) {
            String v = map.get(new Key(i, 2));
            Out.print(v == null ? "-" : v);
            Out.print(' ');
        }
        Out.println();

        ProbingMap probing = new ProbingMap(97);
        for (int i = 0; i < 60; i++) {
            probing.put(i * i, (long) i * 1000000007L);
        }
        long sum = 0;
        for (int i = 0; i < 80; i++) {
            sum += probing.get(i * i, -1);
        }
        Out.println(sum);
        int removed = 0;
        for (int i = 0; i < 60; i += 2) {
            if (probing.remove(i * i)) {
                removed++;
            }
        }
        Out.println(removed);
        Out.print(probing.remove(4));
        Out.println();
        probing.put(4, 44);
        probing.put(9, 99);
        Out.println(probing.get(4, -1));
        Out.println(probing.get(9, -1));
        Out.println(probing.get(16, -1));
        Out.println(probing.get(25, -1));
        Out.println(probing.probes);
    }
}
