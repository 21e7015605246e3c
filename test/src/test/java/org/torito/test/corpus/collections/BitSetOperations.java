package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.BitSet;

/**
 * BitSet: set/clear/flip of bits and ranges across word boundaries, and/or/xor/andNot, cardinality, length and
 * size, nextSetBit/nextClearBit/previousSetBit walks, toString, toLongArray/toByteArray and valueOf, a prime
 * sieve, intersects, and the IndexOutOfBoundsException messages of negative indexes.
 */
public final class BitSetOperations {
    private BitSetOperations() {
    }

    static int sumOfBits(BitSet set) {
        int sum = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            sum += i;
        }
        return sum;
    }

    public static void main(String[] args) {
        BitSet a = new BitSet();
        System.out.println("empty " + a + " length " + a.length() + " isEmpty " + a.isEmpty() + " size " + a.size());
        a.set(0);
        a.set(63);
        a.set(64);
        a.set(130, 135);
        a.flip(60, 66);
        System.out.println("a " + a + " card " + a.cardinality() + " length " + a.length());
        BitSet b = new BitSet(200);
        for (int i = 0; i < 200; i += 7) {
            b.set(i);
        }
        b.clear(63, 100);
        System.out.println("b " + b);
        BitSet and = (BitSet) a.clone();
        and.and(b);
        BitSet or = (BitSet) a.clone();
        or.or(b);
        BitSet xor = (BitSet) a.clone();
        xor.xor(b);
        BitSet andNot = (BitSet) b.clone();
        andNot.andNot(a);
        System.out.println("and " + and + " or.card " + or.cardinality() + " xor.card " + xor.cardinality()
                + " andNot.card " + andNot.cardinality() + " intersects " + a.intersects(b));
        StringBuilder walk = new StringBuilder();
        for (int i = b.nextSetBit(100); i >= 0 && i < 150; i = b.nextSetBit(i + 1)) {
            walk.append(i).append(' ');
        }
        System.out.println("walk " + walk + "nextClear(60) " + a.nextClearBit(60) + " prevSet(129) "
                + a.previousSetBit(129) + " prevSet(-1) " + a.previousSetBit(-1) + " nextSet(1000) " + a.nextSetBit(1000));
        System.out.println("longs " + Arrays.toString(a.toLongArray()) + " bytes " + Arrays.toString(
                BitSet.valueOf(new long[] {0x8001L}).toByteArray()));
        BitSet fromBytes = BitSet.valueOf(new byte[] {(byte) 0xff, 0, 1});
        System.out.println("valueOf bytes " + fromBytes + " get(16) " + fromBytes.get(16) + " get(8,17) "
                + fromBytes.get(8, 17));
        BitSet composite = new BitSet(101);
        composite.set(0, 2);
        for (int p = 2; p * p <= 100; p = composite.nextClearBit(p + 1)) {
            for (int m = p * p; m <= 100; m += p) {
                composite.set(m);
            }
        }
        BitSet primes = new BitSet();
        primes.set(0, 101);
        primes.andNot(composite);
        System.out.println("primes " + primes.cardinality() + " " + primes);
        System.out.println("equals " + a.equals(a.clone()) + " hash " + a.hashCode() + " sum of primes " + sumOfBits(primes));
        int[] bad = {-1};
        for (int i : bad) {
            try {
                a.set(i);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("set(-1): " + e.getMessage());
            }
            try {
                a.get(i);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("get(-1): " + e.getMessage());
            }
        }
        try {
            a.set(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("set(5,2): " + e.getMessage());
        }
        try {
            new BitSet(-4);
        } catch (NegativeArraySizeException e) {
            System.out.println("new BitSet(-4): " + e.getMessage());
        }
    }
}
