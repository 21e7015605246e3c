package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * A finally block that completes abruptly wins (JLS 14.20.2): its return replaces the try's return value or
 * its exception, its break and continue discard a pending exception or return, and a value returned from try
 * is computed before finally changes the variable.
 */
@SuppressWarnings("finally")
public final class FinallyOverrides {
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int id;

        Boom(int id) {
            this.id = id;
        }
    }

    private static int trace;

    private FinallyOverrides() {
    }

    static int returnReplacesReturn(int x) {
        try {
            return x;
        } finally {
            return x * 100;
        }
    }

    static int returnSwallowsException(int x) {
        try {
            throw new Boom(x);
        } finally {
            return -x;
        }
    }

    static int valueFixedBeforeFinally(int x) {
        int v = x;
        try {
            return v;
        } finally {
            v = 999;
            trace = v;
        }
    }

    static int exceptionReplacesException(int x) {
        try {
            throw new Boom(x);
        } finally {
            if (x > 0) {
                throw new Boom(x + 1000);
            }
        }
    }

    static int exceptionReplacesReturn(int x) {
        try {
            return x;
        } finally {
            throw new Boom(-x);
        }
    }

    static int breakSwallows(int n) {
        int i = 0;
        while (true) {
            try {
                i++;
                if (i == n) {
                    throw new Boom(i);
                }
            } finally {
                if (i >= n) {
                    break;
                }
            }
        }
        return i;
    }

    static int continueSwallows(int n) {
        int swallowed = 0;
        for (int i = 0; i < n; i++) {
            try {
                if (i % 3 == 0) {
                    throw new Boom(i);
                }
                if (i % 3 == 1) {
                    return -i;
                }
            } finally {
                swallowed++;
                continue;
            }
        }
        return swallowed;
    }

    static int nestedFinallies(int x) {
        try {
            try {
                try {
                    return x;
                } finally {
                    x += 1;
                    trace += 1;
                }
            } finally {
                x *= 10;
                trace += 10;
                if (x > 100) {
                    return x;
                }
            }
        } finally {
            trace += 100;
        }
    }

    public static void main(String[] args) {
        trace = 0;
        Out.println(returnReplacesReturn(7));
        Out.println(returnSwallowsException(8));
        Out.println(valueFixedBeforeFinally(9));
        Out.println(trace);
        for (int x = -1; x <= 1; x += 2) {
            try {
                exceptionReplacesException(x);
            } catch (Boom b) {
                Out.println(b.id);
            }
        }
        try {
            exceptionReplacesReturn(5);
        } catch (Boom b) {
            Out.println(b.id);
        }
        Out.println(breakSwallows(4));
        Out.println(continueSwallows(10));
        trace = 0;
        Out.println(nestedFinallies(3));
        Out.println(trace);
        trace = 0;
        Out.println(nestedFinallies(30));
        Out.println(trace);
    }
}
