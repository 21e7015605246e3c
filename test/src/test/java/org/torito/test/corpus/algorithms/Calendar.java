package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Calendar arithmetic: leap years, day of week (Zeller and Sakamoto), day numbers, and a month printed as a grid. */
public final class Calendar {
    private static int year;

    private Calendar() {
    }

    public static void main(String[] args) {
        year = 2024;
        for (int y = 1896; y <= 2104; y += 4) {
            if (!isLeap(y)) {
                Out.print(y);
                Out.print(" ");
            }
        }
        Out.println();
        Out.println(dayOfWeekName(zeller(1969, 7, 20)));
        Out.println(dayOfWeekName(zeller(2000, 1, 1)));
        Out.println(dayOfWeekName(sakamoto(1815, 6, 18)));
        Out.println(dayOfWeekName(sakamoto(year, 2, 29)));
        Out.println(daysFromCivil(1970, 1, 1));
        Out.println(daysFromCivil(2038, 1, 19));
        Out.println(daysFromCivil(1, 1, 1));
        Out.println(daysFromCivil(year, 12, 31) - daysFromCivil(year, 1, 1) + 1);
        long seconds = daysFromCivil(2038, 1, 19) * 86400L + 3 * 3600 + 14 * 60 + 7;
        Out.println(seconds);
        Out.print(seconds > 2147483647L);
        Out.println();
        int agree = 0;
        for (int y = 1600; y < 2400; y += 7) {
            for (int m = 1; m <= 12; m++) {
                int d = 1 + (y + m) % 28;
                if (zeller(y, m, d) == sakamoto(y, m, d)
                        && sakamoto(y, m, d) == (int) ((daysFromCivil(y, m, d) % 7 + 11) % 7)) {
                    agree++;
                }
            }
        }
        Out.println(agree);
        printMonth(year, 2);
    }

    private static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** 0 = Sunday. */
    private static int zeller(int y, int m, int d) {
        if (m < 3) {
            m += 12;
            y--;
        }
        int k = y % 100;
        int j = y / 100;
        int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        return (h + 6) % 7;
    }

    private static int sakamoto(int y, int m, int d) {
        int t;
        switch (m) {
            case 1: t = 0; break;
            case 2: t = 3; break;
            case 3: t = 2; break;
            case 4: t = 5; break;
            case 5: t = 0; break;
            case 6: t = 3; break;
            case 7: t = 5; break;
            case 8: t = 1; break;
            case 9: t = 4; break;
            case 10: t = 6; break;
            case 11: t = 2; break;
            default: t = 4; break;
        }
        if (m < 3) {
            y -= 1;
        }
        return (y + y / 4 - y / 100 + y / 400 + t + d) % 7;
    }

    /** Days since 1970-01-01 (Howard Hinnant's algorithm). */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }

    private static String dayOfWeekName(int d) {
        switch (d) {
            case 0: return "Sunday";
            case 1: return "Monday";
            case 2: return "Tuesday";
            case 3: return "Wednesday";
            case 4: return "Thursday";
            case 5: return "Friday";
            default: return "Saturday";
        }
    }

    private static void printMonth(int y, int m) {
        Out.println("Su Mo Tu We Th Fr Sa");
        int first = sakamoto(y, m, 1);
        int days = m == 2 ? (isLeap(y) ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        for (int i = 0; i < first; i++) {
            Out.print("   ");
        }
        for (int d = 1; d <= days; d++) {
            if (d < 10) {
                Out.print(" ");
            }
            Out.print(d);
            if ((first + d) % 7 == 0 || d == days) {
                Out.println();
            } else {
                Out.print(" ");
            }
        }
    }
}
