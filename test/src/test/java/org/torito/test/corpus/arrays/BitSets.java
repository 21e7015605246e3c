package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * A bit set in a long[] written by hand: set, clear, flip and test by word index {@code i >>> 6} and mask
 * {@code 1L << i}, cardinality by clearing the lowest bit, next set bit by scanning words, and, or, xor and
 * and-not of two sets, a sieve of Eratosthenes on it, and bits 63 and 64 at a word boundary.
 */
public final class BitSets {
    static final class Bits {
        final long[] words;

        Bits(int size) {
            words = new long[(size + 63) >>> 6];
        }

        void set(int i) {
            words[i >>> 6] |= 1L << i;
        }

        void clear(int i) {
            words[i >>> 6] &= ~(1L << i);
        }

        void flip(int i) {
            words[i >>> 6] ^= 1L << i;
        }

        boolean get(int i) {
            return (words[i >>> 6] & (1L << i)) != 0;
        }

        int cardinality() {
            int n = 0;
            for (long w : words) {
                while (w != 0) {
                    w &= w - 1;
                    n++;
                }
            }
            return n;
        }

        /** The first set bit at or after from, or -1. */
        int nextSetBit(int from) {
            int index = from >>> 6;
            if (index >= words.length) {
                return -1;
            }
            long w = words[index] & (-1L << from);
            while (true) {
                if (w != 0) {
                    return index * 64 + trailingZeros(w);
                }
                if (++index == words.length) {
                    return -1;
                }
                w = words[index];
            }
        }

        Bits combine(Bits other, int op) {
            Bits r = new Bits(words.length * 64);
            for (int i = 0; i < words.length; i++) {
                long a = words[i];
                long b = other.words[i];
                r.words[i] = op == 0 ? a & b : op == 1 ? a | b : op == 2 ? a ^ b : a & ~b;
            }
            return r;
        }

        void print() {
            Out.print('{');
            boolean first = true;
            for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
                if (!first) {
                    Out.print(',');
                }
                Out.print(i);
                first = false;
            }
            Out.print('}');
            Out.println();
        }
    }

    private static int size;

    private BitSets() {
    }

    static int trailingZeros(long w) {
        int n = 0;
        while ((w & 1) == 0) {
            w >>>= 1;
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        size = 200;

        Bits a = new Bits(size);
        Bits b = new Bits(size);
        for (int i = 0; i < size; i += 3) {
            a.set(i);
        }
        for (int i = 0; i < size; i += 5) {
            b.set(i);
        }
        a.set(63);
        a.set(64);
        b.set(127);
        b.set(128);
        b.set(size - 1);
        Out.println(a.cardinality());
        Out.println(b.cardinality());
        a.combine(b, 0).print();
        Out.println(a.combine(b, 1).cardinality());
        Out.println(a.combine(b, 2).cardinality());
        Out.println(a.combine(b, 3).cardinality());
        Out.print(a.get(63));
        Out.print(a.get(64));
        Out.print(a.get(65));
        Out.print(b.get(size - 1));
        Out.println();
        a.flip(63);
        a.flip(65);
        a.clear(64);
        a.clear(66);
        Out.print(a.get(63));
        Out.print(a.get(64));
        Out.print(a.get(65));
        Out.print(a.get(66));
        Out.println();
        Out.println(a.words[1]);
        Out.println(b.words[2]);
        Out.println(b.nextSetBit(129));
        Out.println(b.nextSetBit(size - 1));
        Out.println(new Bits(size).nextSetBit(0));

        Bits composite = new Bits(size);
        composite.set(0);
        composite.set(1);
        for (int p = 2; p * p < size; p++) {
            if (!composite.get(p)) {
                for (int m = p * p; m < size; m += p) {
                    composite.set(m);
                }
            }
        }
        Bits primes = new Bits(size);
        for (int i = 0; i < size; i++) {
            if (!composite.get(i)) {
                primes.set(i);
            }
        }
        primes.print();
        Out.println(primes.cardinality());

        Bits edges = new Bits(size);
        int[] boundaries = {0, 1, 62, 63, 64, 65, 126, 127, 128, 191, 192, 199};
        for (int i : boundaries) {
            edges.set(i);
        }
        edges.print();
        for (long w : edges.words) {
            Out.print(w);
            Out.print(' ');
        }
        Out.println();
    }
}
