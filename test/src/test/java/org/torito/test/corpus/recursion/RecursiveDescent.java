package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * A recursive-descent parser and evaluator over char arrays, with one method per grammar rule calling each
 * other: expression = term {(+|-) term}, term = unary {(*|/|%) unary}, unary = - unary | power,
 * power = primary [^ unary] (right associative), primary = number | variable | ( expression ). Malformed
 * input and division by zero end in the program's own exception carrying the position.
 */
public final class RecursiveDescent {
    static final class ParseError extends RuntimeException {
        final int position;

        ParseError(int position) {
            this.position = position;
        }
    }

    static final class Parser {
        private final char[] text;
        private final long x;
        private int at;
        int depth;
        int maxDepth;

        Parser(char[] text, long x) {
            this.text = text;
            this.x = x;
        }

        long parse() {
            long v = expression();
            if (at != text.length) {
                throw new ParseError(at);
            }
            return v;
        }

        private char peek() {
            while (at < text.length && text[at] == ' ') {
                at++;
            }
            return at < text.length ? text[at] : '\0';
        }

        private long expression() {
            enter();
            long v = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                at++;
                long r = term();
                v = c == '+' ? v + r : v - r;
            }
            depth--;
            return v;
        }

        private long term() {
            long v = unary();
            for (char c = peek(); c == '*' || c == '/' || c == '%'; c = peek()) {
                int position = at++;
                long r = unary();
                if (c != '*' && r == 0) {
                    throw new ParseError(position);
                }
                v = c == '*' ? v * r : c == '/' ? v / r : v % r;
            }
            return v;
        }

        private long unary() {
            if (peek() == '-') {
                at++;
                return -unary();
            }
            return power();
        }

        private long power() {
            long base = primary();
            if (peek() == '^') {
                at++;
                long exponent = unary();
                long r = 1;
                for (long i = 0; i < exponent; i++) {
                    r *= base;
                }
                return r;
            }
            return base;
        }

        private long primary() {
            char c = peek();
            if (c == '(') {
                at++;
                long v = expression();
                if (peek() != ')') {
                    throw new ParseError(at);
                }
                at++;
                return v;
            }
            if (c == 'x') {
                at++;
                return x;
            }
            if (c >= '0' && c <= '9') {
                long v = 0;
                while (at < text.length && text[at] >= '0' && text[at] <= '9') {
                    v = v * 10 + (text[at++] - '0');
                }
                return v;
            }
            throw new ParseError(at);
        }

        private void enter() {
            depth++;
            if (depth > maxDepth) {
                maxDepth = depth;
            }
        }
    }

    private static long variable;

    private RecursiveDescent() {
    }

    static void run(char[] text) {
        for (char c : text) {
            Out.print(c);
        }
        Out.print(" => ");
        Parser p = new Parser(text, variable);
        try {
            Out.print(p.parse());
            Out.print(" depth ");
            Out.print(p.maxDepth);
        } catch (ParseError e) {
            Out.print("error at ");
            Out.print(e.position);
        }
        Out.println();
    }

    public static void main(String[] args) {
        variable = 7;

        char[][] inputs = {
            {'1', '+', '2', '*', '3'},
            {'(', '1', '+', '2', ')', '*', '3'},
            {'2', '^', '3', '^', '2'},
            {'-', '2', '^', '2'},
            {'-', '-', 'x', ' ', '*', ' ', '(', 'x', ' ', '-', ' ', '1', ')'},
            {'1', '0', '0', ' ', '/', ' ', '7', ' ', '%', ' ', '4'},
            {'(', '(', '(', '(', '(', 'x', ')', ')', ')', ')', ')'},
            {'2', '*', '(', '3', '+', '(', '4', '*', '(', '5', '+', 'x', ')', ')', ')', '-', '1'},
            {'1', '+'},
            {'(', '1', '+', '2'},
            {'1', '2', ' ', '3'},
            {'8', ' ', '/', ' ', '(', 'x', '-', '7', ')'},
            {'x', '^', '0', '+', '0', '^', 'x'},
            {'9', '9', '9', '9', '9', '9', '9', '9', '9', '*', '9', '9', '9', '9', '9', '9', '9', '9', '9'},
            {},
        };
        for (char[] in : inputs) {
            run(in);
        }
        variable = -3;
        run(inputs[4]);
        run(inputs[7]);
    }
}
