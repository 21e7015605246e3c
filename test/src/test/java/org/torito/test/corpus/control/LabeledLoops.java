package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Nested loops with plain and labeled break and continue. */
public final class LabeledLoops {
    private static int limit;

    private LabeledLoops() {
    }

    public static void main(String[] args) {
        limit = 30;
        int triples = 0;
        outer:
        for (int a = 1; a < limit; a++) {
            for (int b = a; b < limit; b++) {
                if (a * a + b * b > limit * limit) {
                    continue outer;
                }
                for (int c = b; c <= limit; c++) {
                    if (a * a + b * b == c * c) {
                        Out.print(a);
                        Out.print(",");
                        Out.print(b);
                        Out.print(",");
                        Out.print(c);
                        Out.print(" ");
                        triples++;
                        break;
                    }
                }
            }
        }
        Out.println();
        Out.println(triples);

        int found = -1;
        search:
        for (int i = 2; i < 1000; i++) {
            for (int j = 2; j * j <= i; j++) {
                if (i % j == 0) {
                    continue search;
                }
            }
            if (i > 900) {
                found = i;
                break search;
            }
        }
        Out.println(found);

        int iterations = 0;
        int i = 0;
        loop:
        while (true) {
            i++;
            int j = 0;
            do {
                j++;
                iterations++;
                if (j == i) {
                    continue loop;
                }
                if (i * j > limit * 10) {
                    break loop;
                }
            } while (j < limit);
        }
        Out.println(iterations);
        Out.println(i);

        long checksum = 0;
        block:
        {
            for (int x = 0; x < limit; x++) {
                checksum = checksum * 31 + x;
                if (checksum > 1000000000000L) {
                    break block;
                }
            }
            checksum = -1;
        }
        Out.println(checksum);

        int skipped = 0;
        for (int x = 0; x < 100; x++) {
            if (x % 3 == 0) {
                continue;
            }
            if (x % 5 == 0) {
                skipped += x;
                continue;
            }
            if (x > 90) {
                break;
            }
            skipped -= 1;
        }
        Out.println(skipped);
    }
}
