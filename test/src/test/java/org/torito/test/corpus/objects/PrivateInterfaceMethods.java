package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Private interface methods (Java 9+): called from default methods and from each other, javac 11+ emits
 * invokeinterface on them, and JVMS 5.4.6 selects the private method itself, whatever the receiver's class;
 * a private static interface method is called with invokestatic.
 */
public final class PrivateInterfaceMethods {
    interface Scaled {
        int base();

        default int scaled() {
            return factor() * base() + offset(base());
        }

        default int twiceScaled() {
            return scaled() + scaled();
        }

        private int factor() {
            return 10 + bias();
        }

        private int offset(int b) {
            return b < 0 ? -b : b * 2;
        }

        private static int bias() {
            return 3;
        }
    }

    static class Plain implements Scaled {
        private final int base;

        Plain(int base) {
            this.base = base;
        }

        @Override
        public int base() {
            return base;
        }
    }

    /** Declares its own factor(): a private interface method is not overridden by it. */
    static final class Shadowing extends Plain {
        Shadowing(int base) {
            super(base);
        }

        @SuppressWarnings("unused")
        public int factor() {
            return 1000;
        }
    }

    private static int seed;

    private PrivateInterfaceMethods() {
    }

    public static void main(String[] args) {
        seed = 4;
        Scaled[] all = {new Plain(seed), new Plain(-seed), new Shadowing(seed), new Scaled() {
            @Override
            public int base() {
                return seed * 100;
            }
        }};
        for (Scaled s : all) {
            Out.print(s.scaled());
            Out.print(' ');
            Out.print(s.twiceScaled());
            Out.println();
        }
        Out.println(((Shadowing) all[2]).factor());
    }
}
