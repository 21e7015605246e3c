package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Dense switches (tableswitch): ranges starting at 0, at negative keys, and near MIN_VALUE and MAX_VALUE. */
public final class DenseSwitch {
    private static int offset;

    private DenseSwitch() {
    }

    public static void main(String[] args) {
        offset = 0;
        long sum = 0;
        for (int i = -3; i < 25; i++) {
            int v = dense(i + offset);
            Out.print(v);
            Out.print(" ");
            sum += v;
        }
        Out.println();
        Out.println(sum);
        for (int i = -8; i <= 8; i++) {
            Out.print(negative(i + offset));
            Out.print(" ");
        }
        Out.println();
        for (int i = -2; i <= 2; i++) {
            Out.print(nearMin(-2147483648 + 1 + i + offset));
            Out.print(" ");
            Out.print(nearMax(2147483647 - 1 + i + offset));
            Out.print(" ");
        }
        Out.println();
        char c = 'a';
        for (int i = 0; i < 8; i++) {
            Out.print(vowel((char) (c + i * 3 + offset)));
        }
        Out.println();
        Out.println(charSwitch('\u00e9'));
        Out.println(charSwitch('\u03a9'));
        Out.println(charSwitch('x'));
    }

    private static int dense(int n) {
        switch (n) {
            case 0: return 17;
            case 1: return -4;
            case 2: return 2;
            case 3: return 1000;
            case 4: return 4;
            case 5: return -5;
            case 6: return 36;
            case 7: return 7;
            case 8: return 88;
            case 9: return 9;
            case 10: return 100;
            case 11: return -11;
            case 12: return 144;
            case 13: return 13;
            case 14: return 1414;
            case 15: return 15;
            case 16: return 256;
            case 17: return -17;
            case 18: return 18;
            case 19: return 361;
            case 20: return 2020;
            default: return 0;
        }
    }

    private static int negative(int n) {
        switch (n) {
            case -5: return 50;
            case -4: return 40;
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            case 3: return -30;
            default: return 99;
        }
    }

    private static int nearMin(int n) {
        switch (n) {
            case -2147483648: return 1;
            case -2147483647: return 2;
            case -2147483646: return 3;
            default: return 0;
        }
    }

    private static int nearMax(int n) {
        switch (n) {
            case 2147483645: return 5;
            case 2147483646: return 6;
            case 2147483647: return 7;
            default: return 0;
        }
    }

    private static char vowel(char c) {
        switch (c) {
            case 'a':
            case 'e':
            case 'i':
            case 'o':
            case 'u':
                return 'V';
            default:
                return c;
        }
    }

    private static String charSwitch(char c) {
        switch (c) {
            case '\u00e9':
                return "e acute";
            case '\u03a9':
                return "omega";
            default:
                return "other";
        }
    }
}
