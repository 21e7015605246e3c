package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * try-finally without catch: finally runs on normal completion, on return, on exception (which then continues
 * outward through more finally blocks in callers) and on break/continue; the order of the blocks is traced.
 */
public final class TryFinallyOnly {
    static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static int order;

    private TryFinallyOnly() {
    }

    static void mark(int m) {
        order = order * 10 + m;
    }

    static int level3(boolean fail) {
        try {
            mark(3);
            if (fail) {
                throw new Fail();
            }
            return 3;
        } finally {
            mark(4);
        }
    }

    static int level2(boolean fail) {
        try {
            return level3(fail) + 20;
        } finally {
            mark(5);
        }
    }

    static int level1(boolean fail) {
        try {
            mark(1);
            return level2(fail) + 100;
        } finally {
            mark(6);
        }
    }

    static int loops() {
        int n = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                n += 10;
            } finally {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) {
        order = 0;
        Out.println(level1(false));
        Out.println(order);
        order = 0;
        try {
            level1(true);
        } catch (Fail f) {
            Out.println("failed through three finally blocks");
        }
        Out.println(order);
        Out.println(loops());
        order = 0;
        try {
            try {
                try {
                    mark(1);
                } finally {
                    mark(2);
                }
                mark(3);
                throw new Fail();
            } finally {
                mark(4);
            }
        } catch (Fail f) {
            mark(5);
        } finally {
            mark(6);
        }
        Out.println(order);
    }
}
