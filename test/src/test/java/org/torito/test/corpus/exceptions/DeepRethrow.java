package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * An exception unwinds through hundreds of frames: caught at the bottom only, caught and rethrown unchanged at
 * every tenth frame (the same object arrives), wrapped with a cause at some frames, and caught at a chosen
 * depth while the frames above it keep their locals intact.
 */
public final class DeepRethrow {
    static final class Signal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        int hops;

        Signal() {
        }
    }

    static final class Wrapper extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int depth;

        Wrapper(int depth, Throwable cause) {
            super(null, cause);
            this.depth = depth;
        }
    }

    private static Signal thrown;
    private static int depthLimit;

    private DeepRethrow() {
    }

    static long plain(int n) {
        if (n == 0) {
            thrown = new Signal();
            throw thrown;
        }
        long local = n * 3L;
        return plain(n - 1) + local;
    }

    static long rethrowing(int n) {
        if (n == 0) {
            thrown = new Signal();
            throw thrown;
        }
        long local = n;
        try {
            return rethrowing(n - 1) + local;
        } catch (Signal s) {
            if (n % 10 == 0) {
                s.hops++;
            }
            throw s;
        }
    }

    static int wrapping(int n) {
        if (n == 0) {
            throw new Signal();
        }
        try {
            return wrapping(n - 1);
        } catch (RuntimeException e) {
            if (n % 50 == 0) {
                throw new Wrapper(n, e);
            }
            throw e;
        }
    }

    static long catchAt(int n, int catchDepth) {
        long before = n * 1000L + 7;
        if (n == 0) {
            throw new Signal();
        }
        if (n == catchDepth) {
            try {
                return catchAt(n - 1, catchDepth);
            } catch (Signal s) {
                return before;
            }
        }
        long result = catchAt(n - 1, catchDepth);
        return result + (before - n * 1000L);
    }

    public static void main(String[] args) {
        depthLimit = 400;
        try {
            plain(depthLimit);
        } catch (Signal s) {
            Out.print("plain caught the same object: ");
            Out.print(s == thrown);
            Out.println();
        }
        try {
            rethrowing(depthLimit);
        } catch (Signal s) {
            Out.print("rethrown hops=");
            Out.print(s.hops);
            Out.print(" same=");
            Out.print(s == thrown);
            Out.println();
        }
        try {
            wrapping(depthLimit);
        } catch (Wrapper w) {
            int chain = 0;
            Throwable t = w;
            while (t instanceof Wrapper) {
                Out.print(((Wrapper) t).depth);
                Out.print(' ');
                chain++;
                t = t.getCause();
            }
            Out.print(t instanceof Signal);
            Out.print(' ');
            Out.println(chain);
        }
        for (int d = 1; d <= depthLimit; d *= 3) {
            Out.print(catchAt(depthLimit, d));
            Out.print(' ');
        }
        Out.println();
    }
}
