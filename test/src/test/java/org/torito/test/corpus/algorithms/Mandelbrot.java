package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** The Mandelbrot set as ASCII art, in 16.16 fixed point (signed multiplies and arithmetic shifts). */
public final class Mandelbrot {
    private static final int FRACTION_BITS = 16;
    private static int maxIterations;

    private Mandelbrot() {
    }

    public static void main(String[] args) {
        maxIterations = 60;
        long total = 0;
        for (int row = 0; row < 24; row++) {
            int ci = (row - 12) * (1 << FRACTION_BITS) / 10;
            for (int col = 0; col < 64; col++) {
                int cr = (col - 44) * (1 << FRACTION_BITS) / 20;
                int n = iterations(cr, ci);
                total += n;
                Out.print(shade(n));
            }
            Out.println();
        }
        Out.println(total);
    }

    private static int iterations(int cr, int ci) {
        int zr = 0;
        int zi = 0;
        int four = 4 << FRACTION_BITS;
        for (int n = 0; n < maxIterations; n++) {
            int zr2 = (int) ((long) zr * zr >> FRACTION_BITS);
            int zi2 = (int) ((long) zi * zi >> FRACTION_BITS);
            if (zr2 + zi2 > four) {
                return n;
            }
            zi = (int) ((long) zr * zi >> (FRACTION_BITS - 1)) + ci;
            zr = zr2 - zi2 + cr;
        }
        return maxIterations;
    }

    private static char shade(int n) {
        if (n >= maxIterations) {
            return '#';
        }
        switch (n % 8) {
            case 0: return ' ';
            case 1: return '.';
            case 2: return ':';
            case 3: return '-';
            case 4: return '=';
            case 5: return '+';
            case 6: return '*';
            default: return '%';
        }
    }
}
