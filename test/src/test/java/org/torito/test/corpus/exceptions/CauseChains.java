package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * getCause chains: causes given to constructors (message and cause), walked to the root through checked and
 * unchecked layers and a chain of twenty; a null cause, or none, ends the chain. (initCause is left out: its
 * refusal paths build messages with Throwable.toString, which needs the class library.)
 */
public final class CauseChains {
    static final class LowLevel extends Exception {
        private static final long serialVersionUID = 1L;
        final int errno;

        LowLevel(int errno) {
            this.errno = errno;
        }
    }

    static final class MidLevel extends Exception {
        private static final long serialVersionUID = 1L;

        MidLevel(Throwable cause) {
            super(null, cause);
        }
    }

    static final class TopLevel extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int layer;

        TopLevel(int layer) {
            this.layer = layer;
        }

        TopLevel(int layer, Throwable cause) {
            super(null, cause);
            this.layer = layer;
        }
    }

    private static int errno;

    private CauseChains() {
    }

    static void device() throws LowLevel {
        throw new LowLevel(errno);
    }

    static void driver() throws MidLevel {
        try {
            device();
        } catch (LowLevel e) {
            throw new MidLevel(e);
        }
    }

    static void service(int layer) {
        try {
            driver();
        } catch (MidLevel e) {
            throw new TopLevel(layer, e);
        }
    }

    static int chainLength(Throwable t) {
        int n = 0;
        for (Throwable c = t; c != null; c = c.getCause()) {
            n++;
        }
        return n;
    }

    static Throwable root(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return r;
    }

    public static void main(String[] args) {
        errno = 28;
        try {
            service(3);
        } catch (TopLevel top) {
            Out.println(top.layer);
            Out.println(chainLength(top));
            Out.print(top.getCause() instanceof MidLevel);
            Out.print(' ');
            Out.print(top.getCause().getCause() instanceof LowLevel);
            Out.println();
            Out.println(((LowLevel) root(top)).errno);
        }
        TopLevel lonely = new TopLevel(0);
        Out.println(chainLength(lonely));
        Out.print(lonely.getCause() == null);
        Out.println();
        TopLevel withNull = new TopLevel(1, null);
        Out.println(chainLength(withNull));
        Out.print(root(withNull) == withNull);
        Out.println();
        Throwable built = new LowLevel(5);
        for (int i = 0; i < 20; i++) {
            built = new MidLevel(built);
        }
        Out.println(chainLength(built));
        Out.println(((LowLevel) root(built)).errno);
        Error e = new Error(null, new ArithmeticException());
        Out.print(e.getCause() instanceof ArithmeticException);
        Out.println();
        RuntimeException r = new RuntimeException((String) null, null);
        Out.print(r.getCause() == null);
        Out.println();
    }
}
