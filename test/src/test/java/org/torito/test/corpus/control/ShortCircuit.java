package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** && and || evaluate their right side only when needed; & | ^ on booleans always evaluate both. */
public final class ShortCircuit {
    private static int calls;
    private static int trace;

    private ShortCircuit() {
    }

    public static void main(String[] args) {
        for (int mask = 0; mask < 8; mask++) {
            boolean p = (mask & 1) != 0;
            boolean q = (mask & 2) != 0;
            boolean r = (mask & 4) != 0;
            calls = 0;
            trace = 0;
            boolean x = t(1, p) && t(2, q) || t(3, r);
            Out.print(x);
            Out.print(" ");
            Out.print(calls);
            Out.print(" ");
            Out.print(trace);
            calls = 0;
            trace = 0;
            boolean y = t(1, p) || t(2, q) && t(3, r);
            Out.print(" ");
            Out.print(y);
            Out.print(" ");
            Out.print(trace);
            calls = 0;
            trace = 0;
            boolean z = t(1, p) & t(2, q) | t(3, r) ^ t(4, p);
            Out.print(" ");
            Out.print(z);
            Out.print(" ");
            Out.print(trace);
            calls = 0;
            trace = 0;
            boolean w = !(t(1, p) || !t(2, q)) && !t(3, r);
            Out.print(" ");
            Out.print(w);
            Out.print(" ");
            Out.print(trace);
            Out.println();
        }
        int zero = calls - calls;
        Out.print(zero != 0 && 10 / zero > 1);
        Out.print(zero == 0 || 10 / zero > 1);
        Out.println();
        int n = 0;
        while (n < 100 && (n * n < 50 || n % 7 != 0)) {
            n++;
        }
        Out.println(n);
        boolean flag = false;
        flag |= n > 10;
        flag &= n < 20;
        flag ^= true;
        Out.print(flag);
        Out.println();
    }

    /** Records that operand {@code id} ran, in order, and returns {@code value}. */
    private static boolean t(int id, boolean value) {
        calls++;
        trace = trace * 10 + id;
        return value;
    }
}
