package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** Numbers written as Roman numerals and English words, from literal pieces chosen by arithmetic. */
public final class RomanNumerals {
    private static int step;

    private RomanNumerals() {
    }

    public static void main(String[] args) {
        step = 1;
        for (int n = step; n < 4000; n = n * 3 + step) {
            Out.print(n);
            Out.print(" ");
            roman(n);
            Out.print(" ");
            words(n);
            Out.println();
        }
        roman(3999);
        Out.println();
        roman(1994);
        Out.println();
        words(0);
        Out.println();
        words(-215);
        Out.println();
        words(2147483647);
        Out.println();
    }

    private static void roman(int n) {
        n = repeat(n, 1000, "M");
        n = repeat(n, 900, "CM");
        n = repeat(n, 500, "D");
        n = repeat(n, 400, "CD");
        n = repeat(n, 100, "C");
        n = repeat(n, 90, "XC");
        n = repeat(n, 50, "L");
        n = repeat(n, 40, "XL");
        n = repeat(n, 10, "X");
        n = repeat(n, 9, "IX");
        n = repeat(n, 5, "V");
        n = repeat(n, 4, "IV");
        repeat(n, 1, "I");
    }

    private static int repeat(int n, int value, String symbol) {
        while (n >= value) {
            Out.print(symbol);
            n -= value;
        }
        return n;
    }

    private static void words(int n) {
        if (n == 0) {
            Out.print("zero");
            return;
        }
        if (n < 0) {
            Out.print("minus ");
            n = -n;
        }
        boolean first = true;
        first = group(n / 1000000000, "billion", first);
        first = group(n / 1000000 % 1000, "million", first);
        first = group(n / 1000 % 1000, "thousand", first);
        group(n % 1000, null, first);
    }

    private static boolean group(int g, String scale, boolean first) {
        if (g == 0) {
            return first;
        }
        if (!first) {
            Out.print(" ");
        }
        if (g >= 100) {
            Out.print(small(g / 100));
            Out.print(" hundred");
            if (g % 100 != 0) {
                Out.print(" ");
            }
        }
        int rest = g % 100;
        if (rest >= 20) {
            Out.print(tens(rest / 10));
            if (rest % 10 != 0) {
                Out.print("-");
                Out.print(small(rest % 10));
            }
        } else if (rest > 0) {
            Out.print(small(rest));
        }
        if (scale != null) {
            Out.print(" ");
            Out.print(scale);
        }
        return false;
    }

    private static String small(int n) {
        switch (n) {
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            case 9: return "nine";
            case 10: return "ten";
            case 11: return "eleven";
            case 12: return "twelve";
            case 13: return "thirteen";
            case 14: return "fourteen";
            case 15: return "fifteen";
            case 16: return "sixteen";
            case 17: return "seventeen";
            case 18: return "eighteen";
            default: return "nineteen";
        }
    }

    private static String tens(int n) {
        switch (n) {
            case 2: return "twenty";
            case 3: return "thirty";
            case 4: return "forty";
            case 5: return "fifty";
            case 6: return "sixty";
            case 7: return "seventy";
            case 8: return "eighty";
            default: return "ninety";
        }
    }
}
