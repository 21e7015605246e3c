package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Conditional expressions: nested, chained, mixing int and long, as arguments and as conditions. */
public final class Ternaries {
    private static int a;
    private static long b;

    private Ternaries() {
    }

    public static void main(String[] args) {
        a = 7;
        b = -3000000000L;
        for (int i = -3; i <= 3; i++) {
            Out.print(sign(i * a));
            Out.print(" ");
            Out.print(clamp(i * a, -10, 10));
            Out.print(" ");
            Out.print(max3(i, -i, a));
            Out.print(" ");
            Out.print(min3(i, -i * 2, a - 10));
            Out.print(" ");
            Out.print(i < 0 ? b : i);
            Out.print(" ");
            Out.print((i & 1) == 0 ? "even" : "odd");
            Out.print(" ");
            Out.print(i > 0 ? i > 2 ? "big" : "small" : i == 0 ? "zero" : "negative");
            Out.print(" ");
            Out.print((i > 0 ? a : -a) > 0 ? 'p' : 'n');
            Out.print(" ");
            Out.print(i == 0 || (i > 0 ? a / i : a / -i) > 2);
            Out.println();
        }
        long chosen = a > 5 ? b : a;
        Out.println(chosen);
        int grade = 0;
        for (int score = 35; score <= 100; score += 13) {
            grade = grade * 10 + (score >= 90 ? 5 : score >= 80 ? 4 : score >= 70 ? 3 : score >= 60 ? 2 : 1);
        }
        Out.println(grade);
        boolean flag = a > 3;
        int x = flag ? (b < 0 ? 1 : 2) : (b < 0 ? 3 : 4);
        Out.println(x);
        char c = a > 100 ? 'x' : (char) ('a' + a);
        Out.print(c);
        Out.println();
        short s = (short) (a < 0 ? -1 : 40000);
        Out.println(s);
    }

    private static int sign(int v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    private static int max3(int x, int y, int z) {
        return x > y ? (x > z ? x : z) : (y > z ? y : z);
    }

    private static int min3(int x, int y, int z) {
        return x < y ? x < z ? x : z : y < z ? y : z;
    }
}
