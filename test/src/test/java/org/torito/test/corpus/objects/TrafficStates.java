package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A state machine whose states are objects: each state handles an event and returns the next state (shared
 * singleton states compared with ==); a second machine tokenizes a character array with a state per
 * token kind.
 */
public final class TrafficStates {
    abstract static class Light {
        abstract Light next(char event);

        abstract String name();

        int ticks() {
            return 1;
        }
    }

    static final class Red extends Light {
        @Override
        Light next(char event) {
            return event == 't' ? green : event == 'f' ? flashingLight : this;
        }

        @Override
        String name() {
            return "red";
        }

        @Override
        int ticks() {
            return 3;
        }
    }

    static final class Green extends Light {
        @Override
        Light next(char event) {
            return event == 't' ? yellow : event == 'f' ? flashingLight : this;
        }

        @Override
        String name() {
            return "green";
        }

        @Override
        int ticks() {
            return 4;
        }
    }

    static final class Yellow extends Light {
        @Override
        Light next(char event) {
            return event == 'f' ? flashingLight : red;
        }

        @Override
        String name() {
            return "yellow";
        }
    }

    static final class Flashing extends Light {
        private int events;

        @Override
        Light next(char event) {
            events++;
            return event == 'r' ? red : this;
        }

        @Override
        String name() {
            return "flashing";
        }
    }

    private static Flashing flashing;
    private static Light red;
    private static Light green;
    private static Light yellow;
    private static Light flashingLight;

    /** Token kinds for the tokenizer. */
    abstract static class Lexer {
        abstract Lexer feed(char c, Tokens out);
    }

    static final class Tokens {
        int numbers;
        int words;
        long numberSum;
        int longestWord;
        private int current;

        void endNumber(long v) {
            numbers++;
            numberSum += v;
        }

        void endWord() {
            words++;
            longestWord = current > longestWord ? current : longestWord;
            current = 0;
        }
    }

    static final class Blank extends Lexer {
        @Override
        Lexer feed(char c, Tokens out) {
            if (c >= '0' && c <= '9') {
                return new InNumber(c - '0');
            }
            if (c >= 'a' && c <= 'z') {
                out.current = 1;
                return new InWord();
            }
            return this;
        }
    }

    static final class InNumber extends Lexer {
        private long value;

        InNumber(long value) {
            this.value = value;
        }

        @Override
        Lexer feed(char c, Tokens out) {
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                return this;
            }
            out.endNumber(value);
            return new Blank().feed(c, out);
        }
    }

    static final class InWord extends Lexer {
        @Override
        Lexer feed(char c, Tokens out) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.current++;
                return this;
            }
            out.endWord();
            return new Blank().feed(c, out);
        }
    }

    private TrafficStates() {
    }

    public static void main(String[] args) {
        red = new Red();
        green = new Green();
        yellow = new Yellow();
        flashing = new Flashing();
        flashingLight = flashing;
        char[] events = {'t', 't', 'x', 't', 't', 't', 'f', 't', 'x', 'r', 't', 't', 't', 't', 'f', 'f', 'r'};
        Light s = red;
        int time = 0;
        for (char e : events) {
            Light n = s.next(e);
            time += n.ticks();
            Out.print(n == s ? "stay " : "go ");
            Out.println(n.name());
            s = n;
        }
        Out.println(time);
        Out.println(flashing.events);
        Out.print(s == red);
        Out.println();

        char[] text = {
            'l', 'e', 't', ' ', 'x', '1', ' ', '=', ' ', '4', '2', ' ', '+', ' ', 'y', 'y', 'z', '*', '1', '0', '0',
            '0', ';', ' ', 'r', 'e', 't', 'u', 'r', 'n', ' ', '7', ' ',
        };
        Tokens tokens = new Tokens();
        Lexer lexer = new Blank();
        int kinds = 0;
        for (char c : text) {
            Lexer before = lexer;
            lexer = lexer.feed(c, tokens);
            if (lexer != before) {
                kinds++;
            }
        }
        Out.println(tokens.numbers);
        Out.println(tokens.words);
        Out.println(tokens.numberSum);
        Out.println(tokens.longestWord);
        Out.println(kinds);
        Out.print(lexer instanceof Blank);
        Out.println();
    }
}
