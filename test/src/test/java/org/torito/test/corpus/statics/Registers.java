package org.torito.test.corpus.statics;

/** State shared by {@link OtherClassFields}: statics of another class, and methods of it that change them. */
final class Registers {
    static int accumulator;
    static long wide;
    static short half;
    static byte low;
    static char letter;
    static boolean carry;
    static String label;
    static int calls;

    private Registers() {
    }

    static void reset() {
        accumulator = 0;
        wide = 0;
        half = 0;
        low = 0;
        letter = 'A';
        carry = false;
        label = "reset";
        calls = 0;
    }

    static void add(int v) {
        calls++;
        long sum = (accumulator & 0xFFFFFFFFL) + (v & 0xFFFFFFFFL);
        carry = sum >>> 32 != 0;
        accumulator = (int) sum;
        wide += v;
        half += (short) v;
        low ^= (byte) v;
        letter++;
    }
}
