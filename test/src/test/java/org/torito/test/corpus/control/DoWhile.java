package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** do/while loops: the body runs at least once; continue jumps to the condition. */
public final class DoWhile {
    private static int start;

    private DoWhile() {
    }

    public static void main(String[] args) {
        start = 0;
        int runs = 0;
        do {
            runs++;
        } while (start > 0);
        Out.println(runs);
        Out.println(digitSum(start + 987654321));
        Out.println(reverse(start + 1234567));
        Out.println(reverseLong(start + 9000000000000000001L));
        Out.println(digitalRoot(start + 2147483647));
        int i = start;
        int odd = 0;
        do {
            i++;
            if ((i & 1) == 0) {
                continue;
            }
            odd += i;
        } while (i < 99);
        Out.println(odd);
        long x = start + 27;
        int steps = 0;
        do {
            x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
            steps++;
        } while (x != 1);
        Out.println(steps);
        int outer = start;
        int total = 0;
        do {
            int inner = outer;
            do {
                total += inner;
                inner -= 2;
            } while (inner > 0);
            outer++;
        } while (outer < 10);
        Out.println(total);
    }

    private static int digitSum(int n) {
        int s = 0;
        do {
            s += n % 10;
            n /= 10;
        } while (n != 0);
        return s;
    }

    private static int reverse(int n) {
        int r = 0;
        do {
            r = r * 10 + n % 10;
            n /= 10;
        } while (n > 0);
        return r;
    }

    private static long reverseLong(long n) {
        long r = 0;
        do {
            r = r * 10 + n % 10;
            n /= 10;
        } while (n > 0);
        return r;
    }

    private static int digitalRoot(int n) {
        do {
            n = digitSum(n);
        } while (n >= 10);
        return n;
    }
}
