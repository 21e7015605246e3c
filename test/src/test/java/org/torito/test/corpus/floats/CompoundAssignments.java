package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Compound assignments (JLS 15.26.2) on float and double static and instance fields and array elements,
 * including the implicit narrowing: int += double, long *= float, char += float, byte -= double, float +=
 * double; increments and decrements of floating-point variables.
 */
public final class CompoundAssignments {
    static final class Account {
        float rate;
        double balance;
        float[] history = new float[4];
    }

    private static float sf;
    private static double sd;
    private static int si;
    private static long sl;

    private CompoundAssignments() {
    }

    public static void main(String[] args) {
        sf = 1.5f;
        sd = 2.25;
        si = 10;
        sl = 1L << 40;
        sf += 0.1;
        sd -= 0.1f;
        Out.println(sf);
        Out.println(sd);
        sf *= sd;
        sd /= sf;
        Out.println(sf);
        Out.println(sd);
        si += 2.7;
        Out.println(si);
        si -= -0.9f;
        Out.println(si);
        si *= 1.5;
        Out.println(si);
        si /= 0.3;
        Out.println(si);
        si += 1e20;
        Out.println(si);
        sl *= 1.1f;
        Out.println(sl);
        sl += 0.5;
        Out.println(sl);
        char c = 'a';
        c += 1.9f;
        Out.print(c);
        c *= 1.01;
        Out.print(c);
        Out.println();
        byte b = 100;
        b += 27.9;
        Out.println(b);
        b -= 300.5;
        Out.println(b);
        short s = 1000;
        s *= 40.4;
        Out.println(s);

        Account a = new Account();
        a.rate = 0.05f;
        a.balance = 1000;
        for (int year = 0; year < 10; year++) {
            a.balance *= 1 + a.rate;
            a.rate += 0.001;
            a.history[year % 4] += (float) a.balance;
        }
        Out.println(a.balance);
        Out.println(a.rate);
        for (float h : a.history) {
            Out.print(h);
            Out.print(' ');
        }
        Out.println();
        double[] grid = {0.1, 0.2, 0.3};
        for (int i = 0; i < 10; i++) {
            grid[i % 3] *= 1.7;
            grid[(i + 1) % 3] -= grid[i % 3] / 3;
            grid[2] %= 1.3;
        }
        for (double g : grid) {
            Out.print(g);
            Out.print(' ');
        }
        Out.println();
        float f = 0.5f;
        f++;
        Out.println(f);
        f--;
        f--;
        Out.println(f);
        double d = 1e16;
        d++;
        Out.println(d);
        d += 2;
        Out.println(d);
        float big = 16777216f;
        big++;
        Out.println(big);
        a.history[0]++;
        a.history[1] -= a.history[0]--;
        Out.println(a.history[0]);
        Out.println(a.history[1]);
    }
}
