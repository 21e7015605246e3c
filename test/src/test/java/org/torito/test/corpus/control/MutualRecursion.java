package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Methods that call each other: even/odd, Hofstadter's female and male sequences, a recursive-descent evaluator. */
public final class MutualRecursion {
    /** The expression being parsed, one char per position, and the parser's position. */
    private static int which;
    private static int pos;

    private MutualRecursion() {
    }

    public static void main(String[] args) {
        Out.print(isEven(501));
        Out.print(isOdd(501));
        Out.print(isEven(0));
        Out.print(isOdd(0));
        Out.println();
        for (int n = 0; n < 25; n++) {
            Out.print(female(n));
            Out.print(" ");
        }
        Out.println();
        for (int n = 0; n < 25; n++) {
            Out.print(male(n));
            Out.print(" ");
        }
        Out.println();
        for (which = 0; which < 4; which++) {
            pos = 0;
            Out.println(expression());
        }
    }

    private static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    private static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    private static int female(int n) {
        return n == 0 ? 1 : n - male(female(n - 1));
    }

    private static int male(int n) {
        return n == 0 ? 0 : n - female(male(n - 1));
    }

    private static char peek() {
        switch (which) {
            case 0:
                return at0(pos);
            case 1:
                return at1(pos);
            case 2:
                return at2(pos);
            default:
                return at3(pos);
        }
    }

    /** "2*(3+4)-5" */
    private static char at0(int i) {
        switch (i) {
            case 0: return '2';
            case 1: return '*';
            case 2: return '(';
            case 3: return '3';
            case 4: return '+';
            case 5: return '4';
            case 6: return ')';
            case 7: return '-';
            case 8: return '5';
            default: return 0;
        }
    }

    /** "((((7))))" */
    private static char at1(int i) {
        return i < 4 ? '(' : i == 4 ? '7' : i < 9 ? ')' : 0;
    }

    /** "9-8-7*6/5" */
    private static char at2(int i) {
        switch (i) {
            case 0: return '9';
            case 1: return '-';
            case 2: return '8';
            case 3: return '-';
            case 4: return '7';
            case 5: return '*';
            case 6: return '6';
            case 7: return '/';
            case 8: return '5';
            default: return 0;
        }
    }

    /** "-(1-(2-(3-(4-9))))*-3" */
    private static char at3(int i) {
        switch (i) {
            case 0: return '-';
            case 1: return '(';
            case 2: return '1';
            case 3: return '-';
            case 4: return '(';
            case 5: return '2';
            case 6: return '-';
            case 7: return '(';
            case 8: return '3';
            case 9: return '-';
            case 10: return '(';
            case 11: return '4';
            case 12: return '-';
            case 13: return '9';
            case 14: return ')';
            case 15: return ')';
            case 16: return ')';
            case 17: return ')';
            case 18: return '*';
            case 19: return '-';
            case 20: return '3';
            default: return 0;
        }
    }

    private static int expression() {
        int v = term();
        while (peek() == '+' || peek() == '-') {
            char op = peek();
            pos++;
            int r = term();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private static int term() {
        int v = factor();
        while (peek() == '*' || peek() == '/') {
            char op = peek();
            pos++;
            int r = factor();
            v = op == '*' ? v * r : v / r;
        }
        return v;
    }

    private static int factor() {
        char c = peek();
        if (c == '-') {
            pos++;
            return -factor();
        }
        if (c == '(') {
            pos++;
            int v = expression();
            pos++;
            return v;
        }
        pos++;
        return c - '0';
    }
}
