package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** for loops with several variables, long counters, counting down, empty bodies; while(true) left by return. */
public final class LoopForms {
    private static int n;

    private LoopForms() {
    }

    public static void main(String[] args) {
        n = 20;
        for (int i = 0, j = n; i < j; i += 3, j -= 2) {
            Out.print(i * j);
            Out.print(" ");
        }
        Out.println();
        long total = 0;
        for (long k = 4000000000L; k < 4000000000L + n * 100000; k += 99991) {
            total += k & 0xFFFF;
        }
        Out.println(total);
        int count = 0;
        for (int i = n; i-- > 0; ) {
            count += i;
        }
        Out.println(count);
        int p;
        for (p = 1; p < n * 1000; p <<= 1) {
        }
        Out.println(p);
        Out.println(firstSquareAbove(n * 777));
        int down = 0;
        for (byte b = 10; b != -10; b -= 4) {
            down += b;
            if (down > 1000) {
                break;
            }
        }
        Out.println(down);
        char letters = 0;
        for (char c = 'z'; c >= 'a'; c -= 5) {
            Out.print(c);
            letters++;
        }
        Out.println();
        Out.println(letters);
        long fact = 1;
        int f = 1;
        while (f <= n) {
            fact *= f++;
        }
        Out.println(fact);
        int w = 0;
        while (w < 5) {
            w += 2;
        }
        Out.println(w);
        long steps = 0;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 300; j++) {
                steps += (i ^ j) & 7;
            }
        }
        Out.println(steps);
        int wrap = 2147483647 - n;
        int iterations = 0;
        for (int i = wrap; i > 0 && iterations < 100; i += 7) {
            iterations++;
        }
        Out.println(iterations);
    }

    private static int firstSquareAbove(int limit) {
        int i = 0;
        while (true) {
            if (i * i > limit) {
                return i;
            }
            i++;
        }
    }
}
