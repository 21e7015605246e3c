package org.torito.test.corpus.lang;

/** Math exact arithmetic, floorDiv/floorMod with every sign combination and abs at the minimum values. */
public final class MathExact {
    private MathExact() {
    }

    interface IntOp {
        int apply(int a, int b);
    }

    interface LongOp {
        long apply(long a, long b);
    }

    public static void main(String[] args) {
        int[][] ints = {{1, 2}, {Integer.MAX_VALUE, 1}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 1},
            {46341, 46341}, {46340, 46340}, {-65536, 32768}, {0, Integer.MIN_VALUE}};
        for (int[] p : ints) {
            System.out.println(p[0] + "," + p[1] + ": add=" + i(Math::addExact, p) + " sub=" + i(Math::subtractExact, p)
                    + " mul=" + i(Math::multiplyExact, p) + " fdiv=" + i(Math::floorDiv, p) + " fmod="
                    + i(Math::floorMod, p) + " div=" + i((a, b) -> a / b, p) + " rem=" + i((a, b) -> a % b, p));
        }
        long[][] longs = {{Long.MAX_VALUE, 1}, {Long.MIN_VALUE, -1}, {3037000500L, 3037000500L},
            {3037000499L, 3037000499L}, {-7, 2}, {7, -2}, {-7, -2}, {Long.MIN_VALUE, Long.MIN_VALUE}};
        for (long[] p : longs) {
            System.out.println(p[0] + "," + p[1] + ": add=" + l(Math::addExact, p) + " sub="
                    + l(Math::subtractExact, p) + " mul=" + l(Math::multiplyExact, p) + " fdiv=" + l(Math::floorDiv, p)
                    + " fmod=" + l(Math::floorMod, p) + " mulHigh=" + Math.multiplyHigh(p[0], p[1]));
        }
        for (int a = -7; a <= 7; a += 7) {
            for (int b : new int[] {-3, 3}) {
                System.out.print("(" + a + "," + b + ")=" + Math.floorDiv(a, b) + "/" + Math.floorMod(a, b) + " ");
            }
        }
        System.out.println(Math.floorMod(-7L, 3) + " " + Math.floorDiv(-7L, 3));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0) + " "
                + Math.abs(-5) + " " + Math.abs(Float.NEGATIVE_INFINITY));
        Runnable[] failing = {() -> Math.incrementExact(Integer.MAX_VALUE), () -> Math.decrementExact(Long.MIN_VALUE),
            () -> Math.negateExact(Integer.MIN_VALUE), () -> Math.toIntExact(1L << 31), () -> Math.absExact(Integer.MIN_VALUE),
            () -> Math.absExact(Long.MIN_VALUE), () -> Math.floorDiv(1, 0), () -> Math.floorMod(5L, 0L),
            () -> Math.multiplyExact(Long.MIN_VALUE, -1), () -> Math.multiplyExact(1L << 40, 1 << 30)};
        for (Runnable r : failing) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (ArithmeticException e) {
                System.out.println("ArithmeticException: " + e.getMessage());
            }
        }
        System.out.println(Math.toIntExact(-5L) + " " + Math.negateExact(-5L) + " " + Math.incrementExact(41) + " "
                + Math.multiplyExact(100000L, 100000) + " " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE));
        long factorial = 1;
        int n = 1;
        try {
            while (true) {
                factorial = Math.multiplyExact(factorial, ++n);
            }
        } catch (ArithmeticException e) {
            System.out.println("factorial fits up to " + (n - 1) + "! = " + factorial);
        }
    }

    private static String i(IntOp op, int[] p) {
        try {
            return String.valueOf(op.apply(p[0], p[1]));
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }

    private static String l(LongOp op, long[] p) {
        try {
            return String.valueOf(op.apply(p[0], p[1]));
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }
}
