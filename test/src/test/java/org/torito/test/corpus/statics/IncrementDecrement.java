package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Pre- and post-increment and decrement of statics of each type, used as values inside expressions. */
public final class IncrementDecrement {
    private static byte b;
    private static short s;
    private static char c;
    private static int i;
    private static long l;
    private static boolean z;

    private IncrementDecrement() {
    }

    public static void main(String[] args) {
        b = 127;
        s = -32768;
        c = 0;
        i = -2147483648;
        l = 9223372036854775807L;
        z = false;
        Out.print(b++);
        Out.print(" ");
        Out.print(b);
        Out.print(" ");
        Out.print(++b);
        Out.print(" ");
        Out.print(s--);
        Out.print(" ");
        Out.print(s);
        Out.print(" ");
        Out.print(--s);
        Out.print(" ");
        Out.print((int) c--);
        Out.print(" ");
        Out.print((int) c);
        Out.print(" ");
        Out.print((int) ++c);
        Out.print(" ");
        Out.print(i--);
        Out.print(" ");
        Out.print(--i);
        Out.print(" ");
        Out.print(l++);
        Out.print(" ");
        Out.print(++l);
        Out.println();
        i = 5;
        i = i++ + ++i;
        Out.println(i);
        i = 5;
        i = i-- - --i;
        Out.println(i);
        l = 10;
        long r = l++ * l++ + --l;
        Out.println(r);
        Out.println(l);
        i = 0;
        i = i++;
        Out.println(i);
        int sum = 0;
        for (i = 0; i < 10; ) {
            sum += i++ * 2 + ++i;
        }
        Out.println(sum);
        c = 'a';
        Out.print(c++);
        Out.print(c++);
        Out.print(++c);
        Out.println();
        z = !z;
        Out.print(z);
        z = !z & !z;
        Out.print(z);
        z ^= true;
        Out.print(z);
        Out.println();
        b = 0;
        for (int k = 0; k < 300; k++) {
            b--;
        }
        Out.println(b);
        s = 0;
        for (int k = 0; k < 70000; k++) {
            ++s;
        }
        Out.println(s);
    }
}
