package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * Exceptions thrown by methods reached through interface calls, virtual calls, default methods, abstract
 * methods, anonymous classes and inner classes, caught by the caller of the dispatching call.
 */
public final class ThrowsThroughDispatch {
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String by;

        Refused(String by) {
            this.by = by;
        }
    }

    interface Handler {
        int handle(int request) throws Refused;

        default int handleTwice(int request) throws Refused {
            return handle(request) + handle(request + 1);
        }
    }

    abstract static class Base implements Handler {
        @Override
        public int handle(int request) throws Refused {
            if (request < 0) {
                throw new Refused("Base");
            }
            return process(request);
        }

        abstract int process(int request) throws Refused;
    }

    static final class Even extends Base {
        @Override
        int process(int request) throws Refused {
            if (request % 2 != 0) {
                throw new Refused("Even");
            }
            return request / 2;
        }
    }

    static final class Bounded extends Base {
        private final int[] table = {10, 20, 30};

        @Override
        int process(int request) {
            return table[request];
        }
    }

    private int failures;

    private ThrowsThroughDispatch() {
    }

    final class Strict implements Handler {
        @Override
        public int handle(int request) throws Refused {
            if (request > 3) {
                failures++;
                throw new Refused("Strict");
            }
            return request * 1000;
        }
    }

    public static void main(String[] args) {
        ThrowsThroughDispatch outer = new ThrowsThroughDispatch();
        Handler[] handlers = {new Even(), new Bounded(), outer.new Strict(), new Handler() {
            private int calls;

            @Override
            public int handle(int request) {
                calls++;
                if (calls % 3 == 0) {
                    throw new IllegalStateException();
                }
                return calls;
            }
        }};
        for (int request = -1; request <= 4; request++) {
            for (Handler h : handlers) {
                for (int twice = 0; twice < 2; twice++) {
                    try {
                        Out.print(describe(h, request, twice == 1));
                    } catch (IllegalStateException e) {
                        Out.print("ISE");
                    }
                    Out.print(' ');
                }
            }
            Out.println();
        }
        Out.println(outer.failures);
    }

    static String describe(Handler h, int request, boolean twice) {
        try {
            int r = twice ? h.handleTwice(request) : h.handle(request);
            return r % 2 == 0 ? "even" : "odd";
        } catch (Refused e) {
            return e.by;
        } catch (ArrayIndexOutOfBoundsException e) {
            return "bounds";
        }
    }
}
