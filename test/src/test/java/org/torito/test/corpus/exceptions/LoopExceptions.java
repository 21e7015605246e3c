package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * Exceptions inside loops: thrown and caught on some iterations, with continue and break inside handlers and
 * labeled jumps out of try blocks through finally; the loop's state stays consistent on every path.
 */
public final class LoopExceptions {
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int at;

        Stop(int at) {
            this.at = at;
        }
    }

    private static int limit;
    private static int zero;

    private LoopExceptions() {
    }

    static int step(int i) {
        if (i % 5 == 0) {
            throw new Skip();
        }
        if (i == 47) {
            throw new Stop(i);
        }
        return i * i;
    }

    public static void main(String[] args) {
        limit = 100;
        zero = 0;
        long sum = 0;
        int skips = 0;
        int finallies = 0;
        int i;
        for (i = 0; i < limit; i++) {
            try {
                sum += step(i);
            } catch (Skip s) {
                skips++;
                continue;
            } catch (Stop s) {
                Out.print("stop at ");
                Out.println(s.at);
                break;
            } finally {
                finallies++;
            }
            sum++;
        }
        Out.println(sum);
        Out.println(skips);
        Out.println(finallies);
        Out.println(i);

        int divisions = 0;
        int failures = 0;
        for (int d = -3; d <= 3; d++) {
            try {
                divisions += 60 / (d * zero + d);
            } catch (ArithmeticException e) {
                failures++;
            }
        }
        Out.println(divisions);
        Out.println(failures);

        int exits = 0;
        outer:
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                try {
                    if (b == a) {
                        continue outer;
                    }
                    if (a * b == 42) {
                        break outer;
                    }
                } finally {
                    exits++;
                }
            }
        }
        Out.println(exits);

        int caught = 0;
        int k = 0;
        while (true) {
            try {
                try {
                    k++;
                    if (k % 2 == 0) {
                        throw new Skip();
                    }
                    if (k > 15) {
                        throw new Stop(k);
                    }
                } finally {
                    caught += 100;
                }
            } catch (Skip s) {
                caught++;
            } catch (Stop s) {
                Out.print("while ended at ");
                Out.println(s.at);
                break;
            }
        }
        Out.println(caught);

        int[] data = new int[10];
        int stored = 0;
        for (int j = -2; j < 13; j++) {
            try {
                data[j] = j;
                stored++;
            } catch (ArrayIndexOutOfBoundsException e) {
                stored += 100;
            }
        }
        Out.println(stored);
        do {
            try {
                stored -= 50;
                if (stored < 0) {
                    throw new Stop(stored);
                }
            } catch (Stop s) {
                Out.print("do-while stop ");
                Out.println(s.at);
            }
        } while (stored > 0);
    }
}
