package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** Text made char by char: case changes by arithmetic, Caesar and ROT13 ciphers, a checksum over chars. */
public final class CaseAndCipher {
    private static int shift;

    private CaseAndCipher() {
    }

    public static void main(String[] args) {
        shift = 3;
        int hash = 0;
        for (int i = 0; i < 43; i++) {
            char c = pangram(i);
            Out.print(c);
            hash = 31 * hash + c;
        }
        Out.println();
        Out.println(hash);
        for (int i = 0; i < 43; i++) {
            Out.print(upper(pangram(i)));
        }
        Out.println();
        for (int i = 0; i < 43; i++) {
            Out.print(caesar(pangram(i), shift));
        }
        Out.println();
        for (int i = 0; i < 43; i++) {
            Out.print(caesar(caesar(pangram(i), shift), 26 - shift));
        }
        Out.println();
        for (int i = 0; i < 43; i++) {
            Out.print(caesar(upper(pangram(i)), 13));
        }
        Out.println();
        for (int i = 42; i >= 0; i--) {
            Out.print(pangram(i));
        }
        Out.println();
        int vowels = 0;
        for (int i = 0; i < 43; i++) {
            switch (pangram(i)) {
                case 'a', 'e', 'i', 'o', 'u' -> vowels++;
                default -> {
                }
            }
        }
        Out.println(vowels);
    }

    /** "the quick brown fox jumps over the lazy dog", computed instead of stored. */
    private static char pangram(int i) {
        switch (i) {
            case 0: case 31: return 't';
            case 1: case 32: return 'h';
            case 2: case 28: case 33: return 'e';
            case 4: return 'q';
            case 5: case 21: return 'u';
            case 6: return 'i';
            case 7: return 'c';
            case 8: return 'k';
            case 10: return 'b';
            case 11: case 29: return 'r';
            case 12: case 17: case 26: case 41: return 'o';
            case 13: return 'w';
            case 14: return 'n';
            case 16: return 'f';
            case 18: return 'x';
            case 20: return 'j';
            case 22: return 'm';
            case 23: return 'p';
            case 24: return 's';
            case 27: return 'v';
            case 35: return 'l';
            case 36: return 'a';
            case 37: return 'z';
            case 38: return 'y';
            case 40: return 'd';
            case 42: return 'g';
            default: return ' ';
        }
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }

    private static char caesar(char c, int k) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('a' + (c - 'a' + k) % 26);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) ('A' + (c - 'A' + k) % 26);
        }
        return c;
    }
}
