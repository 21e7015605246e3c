package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** The sieve of Eratosthenes below 640 with its bits in ten static longs (no arrays yet). */
public final class BitSieve {
    private static final int LIMIT = 640;
    private static long w0;
    private static long w1;
    private static long w2;
    private static long w3;
    private static long w4;
    private static long w5;
    private static long w6;
    private static long w7;
    private static long w8;
    private static long w9;

    private BitSieve() {
    }

    public static void main(String[] args) {
        for (int w = 0; w < 10; w++) {
            setWord(w, 0);
        }
        mark(0);
        mark(1);
        for (int p = 2; p * p < LIMIT; p++) {
            if (!marked(p)) {
                for (int m = p * p; m < LIMIT; m += p) {
                    mark(m);
                }
            }
        }
        int count = 0;
        long sum = 0;
        for (int n = 0; n < LIMIT; n++) {
            if (!marked(n)) {
                count++;
                sum += n;
                if (n < 100 || n > 600) {
                    Out.print(n);
                    Out.print(" ");
                }
            }
        }
        Out.println();
        Out.println(count);
        Out.println(sum);
        int popTotal = 0;
        for (int w = 0; w < 10; w++) {
            long word = ~word(w);
            Out.print(word);
            Out.print(" ");
            while (word != 0) {
                word &= word - 1;
                popTotal++;
            }
        }
        Out.println();
        Out.println(popTotal);
        int twins = 0;
        for (int n = 3; n + 2 < LIMIT; n += 2) {
            if (!marked(n) && !marked(n + 2)) {
                twins++;
            }
        }
        Out.println(twins);
    }

    private static long word(int w) {
        switch (w) {
            case 0: return w0;
            case 1: return w1;
            case 2: return w2;
            case 3: return w3;
            case 4: return w4;
            case 5: return w5;
            case 6: return w6;
            case 7: return w7;
            case 8: return w8;
            default: return w9;
        }
    }

    private static void setWord(int w, long v) {
        switch (w) {
            case 0 -> w0 = v;
            case 1 -> w1 = v;
            case 2 -> w2 = v;
            case 3 -> w3 = v;
            case 4 -> w4 = v;
            case 5 -> w5 = v;
            case 6 -> w6 = v;
            case 7 -> w7 = v;
            case 8 -> w8 = v;
            default -> w9 = v;
        }
    }

    private static boolean marked(int n) {
        return (word(n >>> 6) & (1L << n)) != 0;
    }

    private static void mark(int n) {
        setWord(n >>> 6, word(n >>> 6) | 1L << n);
    }
}
