package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Floating-point division never throws: x/0 is an infinity signed by both operands, 0/0 and inf/inf are NaN,
 * finite/inf is a signed zero; overflow rounds to infinity and arithmetic on infinities follows IEEE 754.
 */
public final class DivisionByZero {
    private static float fzero;
    private static double dzero;
    private static float fone;
    private static double done;
    private static double big;

    private DivisionByZero() {
    }

    public static void main(String[] args) {
        fzero = 0;
        dzero = 0;
        fone = 1;
        done = 1;
        big = 1e308;
        Out.println(fone / fzero);
        Out.println(-fone / fzero);
        Out.println(fone / -fzero);
        Out.println(-fone / -fzero);
        Out.println(fzero / fzero);
        Out.println(done / dzero);
        Out.println(-done / dzero);
        Out.println(done / -dzero);
        Out.println(dzero / dzero);
        double inf = done / dzero;
        float finf = fone / fzero;
        Out.println(inf + inf);
        Out.println(inf - inf);
        Out.println(inf * dzero);
        Out.println(inf * -2);
        Out.println(inf / inf);
        Out.println(done / inf);
        Out.println(-done / inf);
        Out.println(finf - finf);
        Out.println(finf * -fzero);
        Out.println(fone / -finf);
        Out.println(big * 10);
        Out.println(-big * 10);
        Out.println(big * 10 - big * 10);
        Out.println((float) big);
        Out.println((float) -big);
        Out.println(inf + big);
        Out.println(inf % 2);
        Out.println(2 % inf);
        Out.println(dzero / inf);
        Out.println((double) finf);
        Out.println((float) inf);
        int intZero = (int) dzero;
        try {
            Out.println(1 / intZero);
        } catch (ArithmeticException e) {
            Out.println("int division by zero throws, float division does not");
        }
        Out.println(1 / (double) intZero);
    }
}
