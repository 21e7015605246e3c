package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/**
 * Switches javac compiles oddly: default only, empty, a single case, dense with holes, two keys far apart,
 * and switches left by return from inside loops.
 */
@SuppressWarnings("fallthrough") // one case falls through on purpose
public final class SwitchEdgeCases {
    private static int k;

    private SwitchEdgeCases() {
    }

    public static void main(String[] args) {
        k = 3;
        int r = 0;
        switch (k) {
            default:
                r = 11;
        }
        Out.println(r);
        switch (k) {
        }
        switch (k) {
            case 3:
                r = 33;
                break;
        }
        Out.println(r);
        switch (k + 1) {
            case 3:
                r = -1;
                break;
        }
        Out.println(r);
        for (int i = 0; i < 12; i++) {
            Out.print(holes(i + k - 3));
            Out.print(" ");
        }
        Out.println();
        Out.println(farApart(-2147483648 + k - 3));
        Out.println(farApart(2147483647 + k - 3));
        Out.println(farApart(k));
        Out.println(findInGrid(k * 5));
        Out.println(findInGrid(-1));
        int total = 0;
        for (int i = 0; i < 50; i++) {
            total += loopInSwitch(i % 4, i);
        }
        Out.println(total);
    }

    private static int holes(int n) {
        switch (n) {
            case 1: return 10;
            case 2: return 20;
            case 4: return 40;
            case 5: return 50;
            case 7: return 70;
            case 10: return 100;
            default: return -n;
        }
    }

    private static int farApart(int n) {
        switch (n) {
            case -2147483648: return 1;
            case 2147483647: return 2;
            default: return 0;
        }
    }

    /** Returns out of a switch inside two loops. */
    private static int findInGrid(int target) {
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                switch ((x * y) % 7) {
                    case 0:
                        if (x + y == target) {
                            return y * 10 + x;
                        }
                        break;
                    case 3:
                        continue;
                    default:
                        if (x * y == target * 3) {
                            return -(y * 10 + x);
                        }
                }
            }
        }
        return -999;
    }

    private static int loopInSwitch(int mode, int n) {
        int sum = 0;
        switch (mode) {
            case 0:
                for (int i = 0; i < n; i++) {
                    if (i == 5) {
                        break;
                    }
                    sum += i;
                }
                break;
            case 1:
                while (n > 0) {
                    sum += n & 3;
                    n >>= 2;
                }
            case 2:
                sum += 1000;
                break;
            default:
                do {
                    sum--;
                } while (sum > -3);
        }
        return sum;
    }
}
