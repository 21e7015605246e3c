package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Classic switch statements whose cases fall through, with default first, last and in the middle. */
@SuppressWarnings("fallthrough") // falling through is what the program tests
public final class SwitchFallThrough {
    private static int base;

    private SwitchFallThrough() {
    }

    public static void main(String[] args) {
        base = 0;
        for (int i = -2; i < 10; i++) {
            Out.print(i);
            Out.print(": ");
            Out.print(cumulative(base + i));
            Out.print(" ");
            Out.print(defaultInMiddle(base + i));
            Out.print(" ");
            Out.print(daysBefore(base + i + 1));
            Out.print(" ");
            Out.print(grouped(base + i));
            Out.println();
        }
        twelveDays(base + 4);
    }

    /** Each case adds its own and all following contributions. */
    private static int cumulative(int n) {
        int r = 0;
        switch (n) {
            case 0:
                r += 1;
            case 1:
                r += 10;
            case 2:
                r += 100;
                break;
            case 3:
                r += 1000;
            case 4:
                r += 10000;
            default:
                r += 100000;
        }
        return r;
    }

    private static int defaultInMiddle(int n) {
        int r = n;
        switch (n) {
            case 1:
                r *= 2;
                break;
            default:
                r -= 5;
            case 7:
                r += 7;
            case 8:
                r += 8;
                break;
            case 9:
                r = 0;
        }
        return r;
    }

    /** Days of the year before the first of month {@code m} (non-leap), by fall-through from December down. */
    private static int daysBefore(int m) {
        int days = 0;
        switch (m) {
            case 12:
                days += 30;
            case 11:
                days += 31;
            case 10:
                days += 30;
            case 9:
                days += 31;
            case 8:
                days += 31;
            case 7:
                days += 30;
            case 6:
                days += 31;
            case 5:
                days += 30;
            case 4:
                days += 31;
            case 3:
                days += 28;
            case 2:
                days += 31;
            case 1:
                break;
            default:
                days = -1;
        }
        return days;
    }

    private static int grouped(int n) {
        switch (n) {
            case 0:
            case 2:
            case 4:
            case 6:
            case 8:
                return 2;
            case 1:
            case 9:
                return 1;
            case 3:
            case 5:
            case 7:
                return 3;
            default:
                return 0;
        }
    }

    private static void twelveDays(int day) {
        switch (day) {
            case 4:
                Out.println("four calling birds");
            case 3:
                Out.println("three French hens");
            case 2:
                Out.println("two turtle doves");
            case 1:
                Out.println("a partridge in a pear tree");
            default:
                Out.println("fin");
        }
    }
}
