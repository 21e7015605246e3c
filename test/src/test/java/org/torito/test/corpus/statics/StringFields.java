package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/**
 * String statics: assigned literals, null, copied between fields, compared by reference (equal literals are
 * one interned object, JLS 3.10.5), and compile-time constants inlined by javac.
 */
public final class StringFields {
    static final String GREETING = "constant greeting";
    static final int ANSWER = 42;
    static final long BIG = 1L << 50;
    static final char LETTER = 'Q';
    static final boolean YES = true;
    private static String first;
    private static String second;
    private static String unset;

    private StringFields() {
    }

    public static void main(String[] args) {
        first = "alpha";
        second = first;
        Out.println(first);
        Out.println(second);
        Out.println(unset);
        Out.print(first == second);
        Out.print(unset == null);
        Out.print(first != null);
        Out.println();
        second = "alpha";
        Out.print(first == second);
        Registers.label = "gamma";
        Out.print(first == Registers.label);
        Registers.label = "alpha";
        Out.print(first == Registers.label);
        second = "beta";
        Out.print(first == second);
        Out.println();
        for (int k = 0; k < 5; k++) {
            first = pick(k);
            Out.print(first);
            Out.print(" ");
        }
        Out.println();
        Out.println(GREETING);
        Out.println(ANSWER);
        Out.println(BIG);
        Out.print(LETTER);
        Out.print(YES);
        Out.println();
        String local = first;
        first = second;
        second = local;
        Out.println(first);
        Out.println(second);
    }

    private static String pick(int k) {
        switch (k) {
            case 0:
                return "zero";
            case 1:
                return "one";
            case 2:
                return null;
            case 3:
                return "";
            default:
                return "many";
        }
    }
}
