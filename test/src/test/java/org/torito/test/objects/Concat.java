package org.torito.test.objects;

import org.torito.test.support.Out;

/** String concatenation (invokedynamic, desugared at build time) with operands of every kind. */
public final class Concat {
    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    private static int i;
    private static long l;
    private static char c;
    private static boolean b;
    private static byte by;
    private static short sh;
    private static String s;
    private static String none;

    private Concat() {
    }

    public static void main(String[] args) {
        i = -7;
        l = 1L << 40;
        c = '\u00e9';
        b = true;
        by = -3;
        sh = 300;
        s = "text";
        Out.println("i=" + i + " l=" + l + " c=" + c + " b=" + b + " by=" + by + " sh=" + sh);
        Out.println(s + none + s);
        Out.println("point " + new Point(i, 2) + "!");
        Out.println(i + l + "|" + i + l);
        String built = "";
        for (int k = 0; k < 5; k++) {
            built += k;
        }
        Out.println(built);
        Out.println("\u0001 and \u0002 in a literal: " + i);
        Out.println("" + c + c);
    }
}
