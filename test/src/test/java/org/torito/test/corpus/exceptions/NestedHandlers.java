package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * try statements nested inside catch and finally blocks: an exception thrown and caught within a handler, a
 * handler that throws to an outer handler, a finally that runs a try/catch of its own while another exception
 * is pending, which is then rethrown unchanged; three levels deep.
 */
public final class NestedHandlers {
    static final class Outer extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int n;

        Outer(int n) {
            this.n = n;
        }
    }

    static final class Inner extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int n;

        Inner(int n) {
            this.n = n;
        }
    }

    private static int log;

    private NestedHandlers() {
    }

    static void note(int digit) {
        log = log * 10 + digit;
    }

    static int tryInCatch(int x) {
        try {
            throw new Outer(x);
        } catch (Outer o) {
            note(1);
            try {
                if (o.n > 5) {
                    throw new Inner(o.n * 2);
                }
                note(2);
            } catch (Inner i) {
                note(3);
                return i.n;
            }
            return -o.n;
        }
    }

    static int catchThrowsOutward(int x) {
        try {
            try {
                throw new Inner(x);
            } catch (Inner i) {
                note(4);
                throw new Outer(i.n + 1);
            } finally {
                note(5);
            }
        } catch (Outer o) {
            note(6);
            return o.n;
        }
    }

    static void tryInFinally(int x) {
        try {
            throw new Outer(x);
        } finally {
            try {
                note(7);
                throw new Inner(x);
            } catch (Inner i) {
                note(8);
            }
            note(9);
        }
    }

    static int threeLevels(int x) {
        int r = 0;
        try {
            try {
                try {
                    if (x % 2 == 0) {
                        throw new Inner(x);
                    }
                    throw new Outer(x);
                } catch (Inner i) {
                    r += 1;
                    throw new Outer(i.n * 10);
                } finally {
                    r += 10;
                }
            } catch (Outer o) {
                r += 100;
                if (o.n > 50) {
                    throw new Inner(o.n);
                }
            } finally {
                r += 1000;
            }
        } catch (Inner i) {
            r += 10000;
        }
        return r;
    }

    public static void main(String[] args) {
        log = 0;
        Out.println(tryInCatch(3));
        Out.println(tryInCatch(9));
        Out.println(log);
        log = 0;
        Out.println(catchThrowsOutward(41));
        Out.println(log);
        log = 0;
        try {
            tryInFinally(12);
        } catch (Outer o) {
            Out.print("pending exception survived: ");
            Out.println(o.n);
        }
        Out.println(log);
        for (int x = 3; x <= 8; x++) {
            Out.print(threeLevels(x));
            Out.print(' ');
        }
        Out.println();
    }
}
