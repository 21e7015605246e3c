package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A hash map with open addressing and linear probing, written by hand: keys bound by a hashing interface
 * of the program's own ({@code K extends Hashed<K>}), tombstones left by removal and reused by insertion,
 * growth that rehashes, and keys that collide on purpose; checked against a plain association list.
 */
public final class OpenAddressingMaps {
    interface Hashed<K> {
        int hash();

        boolean sameKey(K other);
    }

    static final class Word implements Hashed<Word> {
        final char[] letters;

        Word(char... letters) {
            this.letters = letters;
        }

        @Override
        public int hash() {
            int h = 0;
            for (char c : letters) {
                h = 31 * h + c;
            }
            return h;
        }

        @Override
        public boolean sameKey(Word other) {
            if (other.letters.length != letters.length) {
                return false;
            }
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] != other.letters[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Keys whose hash is their value modulo 4: collisions by construction. */
    static final class Id implements Hashed<Id> {
        final int value;

        Id(int value) {
            this.value = value;
        }

        @Override
        public int hash() {
            return value & 3;
        }

        @Override
        public boolean sameKey(Id other) {
            return other.value == value;
        }
    }

    static final class ProbingMap<K extends Hashed<K>, V> {
        private static final Object TOMBSTONE = new Object();
        private Object[] keys = new Object[8];
        private Object[] values = new Object[8];
        private int size;
        private int used;
        int probes;

        @SuppressWarnings("unchecked")
        private int find(K key) {
            int mask = keys.length - 1;
            int i = mix(key.hash()) & mask;
            while (keys[i] != null) {
                probes++;
                if (keys[i] != TOMBSTONE && key.sameKey((K) keys[i])) {
                    return i;
                }
                i = (i + 1) & mask;
            }
            return -1 - i;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        @SuppressWarnings("unchecked")
        V put(K key, V value) {
            int at = find(key);
            if (at >= 0) {
                V old = (V) values[at];
                values[at] = value;
                return old;
            }
            int mask = keys.length - 1;
            int i = mix(key.hash()) & mask;
            while (keys[i] != null && keys[i] != TOMBSTONE) {
                i = (i + 1) & mask;
            }
            if (keys[i] == null) {
                used++;
            }
            keys[i] = key;
            values[i] = value;
            size++;
            if (used * 4 >= keys.length * 3) {
                rehash(keys.length * 2);
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        V get(K key) {
            int at = find(key);
            return at >= 0 ? (V) values[at] : null;
        }

        @SuppressWarnings("unchecked")
        V remove(K key) {
            int at = find(key);
            if (at < 0) {
                return null;
            }
            V old = (V) values[at];
            keys[at] = TOMBSTONE;
            values[at] = null;
            size--;
            return old;
        }

        @SuppressWarnings("unchecked")
        private void rehash(int capacity) {
            Object[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new Object[capacity];
            values = new Object[capacity];
            size = 0;
            used = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null && oldKeys[i] != TOMBSTONE) {
                    put((K) oldKeys[i], (V) oldValues[i]);
                }
            }
        }

        int size() {
            return size;
        }

        int capacity() {
            return keys.length;
        }
    }

    static final class Count {
        int n;
    }

    private static int rounds;

    private OpenAddressingMaps() {
    }

    public static void main(String[] args) {
        rounds = 60;

        ProbingMap<Word, Count> counts = new ProbingMap<>();
        char[] text = {'t', 'o', ' ', 'b', 'e', ' ', 'o', 'r', ' ', 'n', 'o', 't', ' ', 't', 'o', ' ', 'b', 'e',
            ' ', 't', 'h', 'a', 't', ' ', 'i', 's', ' ', 't', 'h', 'e', ' ', 'q', 'u', 'e', 's', 't', 'i', 'o',
            'n', ' '};
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == ' ') {
                char[] w = new char[i - start];
                for (int j = start; j < i; j++) {
                    w[j - start] = text[j];
                }
                Word key = new Word(w);
                Count c = counts.get(key);
                if (c == null) {
                    c = new Count();
                    counts.put(key, c);
                }
                c.n++;
                start = i + 1;
            }
        }
        Out.println(counts.size());
        Word[] asked = {new Word('t', 'o'), new Word('b', 'e'), new Word('t', 'h', 'e'), new Word('n', 'o', 't'),
            new Word('q', 'u', 'e', 's', 't', 'i', 'o', 'n'), new Word('x')};
        for (Word w : asked) {
            Count c = counts.get(w);
            Out.print(c == null ? -1 : c.n);
            Out.print(' ');
        }
        Out.println();

        ProbingMap<Id, Id> map = new ProbingMap<>();
        Id[] reference = new Id[rounds];
        int mismatches = 0;
        for (int r = 0; r < rounds; r++) {
            int k = (r * 37) % rounds;
            Id value = new Id(r);
            Id old = map.put(new Id(k), value);
            if (old != reference[k]) {
                mismatches++;
            }
            reference[k] = value;
            if (r % 3 == 2) {
                int gone = (r * 11) % rounds;
                Id removed = map.remove(new Id(gone));
                if (removed != reference[gone]) {
                    mismatches++;
                }
                reference[gone] = null;
            }
        }
        int present = 0;
        for (int k = 0; k < rounds; k++) {
            Id got = map.get(new Id(k));
            if (got != reference[k]) {
                mismatches++;
            }
            if (got != null) {
                present++;
            }
        }
        Out.println(mismatches);
        Out.println(present);
        Out.println(map.size());
        Out.println(map.capacity());
        Out.println(map.probes > rounds);
        Out.println(map.get(new Id(rounds + 1)) == null);
        Out.println(map.remove(new Id(-5)) == null);
    }
}
