package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Java 14+ switch expressions and arrow-form statements over ints and chars, with yield and blocks. */
public final class SwitchExpressions {
    private static int bias;

    private SwitchExpressions() {
    }

    public static void main(String[] args) {
        bias = 0;
        for (int i = -1; i < 9; i++) {
            int day = i + bias;
            String name = switch (day) {
                case 0 -> "Sunday";
                case 1 -> "Monday";
                case 2 -> "Tuesday";
                case 3 -> "Wednesday";
                case 4 -> "Thursday";
                case 5 -> "Friday";
                case 6 -> "Saturday";
                default -> "?";
            };
            int kind = switch (day) {
                case 0, 6 -> 1;
                case 1, 2, 3, 4, 5 -> {
                    int work = day * 8;
                    yield work > 30 ? 3 : 2;
                }
                default -> -1;
            };
            long big = switch (day % 3) {
                case 0 -> 1L << 40;
                case 1 -> -day;
                default -> 9000000000L + day;
            };
            Out.print(name);
            Out.print(" ");
            Out.print(kind);
            Out.print(" ");
            Out.print(big);
            Out.println();
        }
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            switch ((i * 37 + bias) % 11) {
                case 0 -> sum += 1;
                case 3, 5 -> sum += 10;
                case 7 -> {
                    sum -= 100;
                    if (sum < 0) {
                        sum = -sum;
                    }
                }
                case 10 -> sum *= 2;
                default -> {
                }
            }
        }
        Out.println(sum);
        for (char c = 'a'; c <= 'f'; c++) {
            char up = switch (c) {
                case 'a' -> 'A';
                case 'c' -> 'C';
                case 'e' -> 'E';
                default -> {
                    char d = (char) (c - 32 + bias);
                    yield d;
                }
            };
            Out.print(up);
        }
        Out.println();
    }
}
