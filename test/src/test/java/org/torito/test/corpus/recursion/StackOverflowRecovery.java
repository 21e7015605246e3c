package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Unbounded recursion ends in a catchable StackOverflowError (JVMS 2.5.2), and the program goes on. The
 * recursion takes several shapes: static, through an interface, mutual between two objects, in
 * constructors, with large frames of longs and doubles, and inside a static initializer (the error is not
 * wrapped, JLS 12.4.2, and the class is then unusable: NoClassDefFoundError). Handlers sit at the top, in
 * every frame, or catch a supertype; finally blocks run once per frame unwound. Only whether each was
 * caught, and consistency checks, are printed: never a depth, which differs between VMs.
 */
public final class StackOverflowRecovery {
    interface Walker {
        long walk(long n);
    }

    static final class SelfWalker implements Walker {
        @Override
        public long walk(long n) {
            return walk(n + 1) + 1;
        }
    }

    static final class Ping {
        Pong partner;

        int hit(int n) {
            return partner.hit(n + 1) + 1;
        }
    }

    static final class Pong {
        Ping partner;

        int hit(int n) {
            return partner.hit(n + 1) - 1;
        }
    }

    static final class Chain {
        final Chain next;

        Chain() {
            next = new Chain();
        }
    }

    static final class Exploding {
        static final int VALUE = forever(1);

        static int forever(int n) {
            return forever(n + 1) + 1;
        }
    }

    private static long frames;
    private static long finallies;
    private static int bounded;

    private StackOverflowRecovery() {
    }

    static long down(long n) {
        frames++;
        return down(n + 1) + 1;
    }

    static double wide(long a, long b, double c, double d, int e) {
        long f = a * 3 + b;
        double g = c * d + f;
        long h = f ^ e;
        return wide(h, f, g, c + 1, e + 1) + g + h;
    }

    static long unwinding(long n) {
        frames++;
        try {
            return unwinding(n + 1);
        } finally {
            finallies++;
        }
    }

    /** Every frame catches: the frame just above the overflow returns its own depth. */
    static long catchEverywhere(long n) {
        try {
            return catchEverywhere(n + 1);
        } catch (StackOverflowError e) {
            return n;
        }
    }

    static int sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    static void report(String what, boolean caught) {
        Out.print(what);
        Out.print(": ");
        Out.print(caught);
        Out.println();
    }

    public static void main(String[] args) {
        bounded = 500;

        for (int round = 0; round < 3; round++) {
            frames = 0;
            boolean caught = false;
            try {
                down(0);
            } catch (StackOverflowError e) {
                caught = true;
            }
            report("static", caught && frames > 100);
            Out.println(sum(bounded));
        }

        boolean caught = false;
        try {
            new SelfWalker().walk(0);
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("interface", caught);

        Ping ping = new Ping();
        Pong pong = new Pong();
        ping.partner = pong;
        pong.partner = ping;
        caught = false;
        try {
            ping.hit(0);
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("mutual", caught);

        caught = false;
        try {
            new Chain();
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("constructor", caught);

        caught = false;
        try {
            wide(1, 2, 3.0, 4.0, 5);
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("wide frames", caught);

        frames = 0;
        finallies = 0;
        caught = false;
        try {
            unwinding(0);
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("finally", caught);
        Out.println(frames > 100);
        Out.println(frames == finallies);

        report("every frame", catchEverywhere(0) > 100);

        caught = false;
        try {
            down(0);
        } catch (VirtualMachineError e) {
            caught = e instanceof StackOverflowError;
        }
        report("as VirtualMachineError", caught);
        caught = false;
        try {
            down(0);
        } catch (Throwable t) {
            caught = t instanceof StackOverflowError && !(t instanceof Exception);
        }
        report("as Throwable", caught);

        caught = false;
        try {
            Out.println(Exploding.VALUE);
        } catch (ExceptionInInitializerError e) {
            Out.println("wrapped");
        } catch (StackOverflowError e) {
            caught = true;
        }
        report("static initializer", caught);
        try {
            Out.println(Exploding.VALUE);
        } catch (NoClassDefFoundError e) {
            Out.println("class unusable");
        }

        Out.println(sum(bounded * 2));
        Out.println("still running");
    }
}
