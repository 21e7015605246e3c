package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** byte, short and char statics wrap at their width when incremented, added to or negated. */
public final class Wraparound {
    private static byte b;
    private static short s;
    private static char c;
    private static int i;
    private static long l;

    private Wraparound() {
    }

    public static void main(String[] args) {
        b = 125;
        s = 32765;
        c = 65533;
        i = 2147483645;
        l = 9223372036854775805L;
        for (int k = 0; k < 5; k++) {
            b++;
            s++;
            c++;
            i++;
            l++;
            Out.print(b);
            Out.print(" ");
            Out.print(s);
            Out.print(" ");
            Out.print((int) c);
            Out.print(" ");
            Out.print(i);
            Out.print(" ");
            Out.print(l);
            Out.println();
        }
        for (int k = 0; k < 5; k++) {
            b -= 1;
            s -= 1;
            c -= 1;
            i -= 1;
            l -= 1;
        }
        Out.print(b);
        Out.print(" ");
        Out.print(s);
        Out.print(" ");
        Out.print((int) c);
        Out.println();
        b = 0;
        s = 0;
        c = 0;
        for (int k = 0; k < 1000; k++) {
            b += 7;
            s += 1009;
            c += 331;
        }
        Out.print(b);
        Out.print(" ");
        Out.print(s);
        Out.print(" ");
        Out.print((int) c);
        Out.println();
        c = 0;
        c--;
        Out.println((int) c);
        b = -128;
        b = (byte) -b;
        Out.println(b);
        s = -32768;
        s = (short) (s - 1);
        Out.println(s);
        b = 100;
        b *= 3;
        Out.println(b);
        s = 300;
        s *= s;
        Out.println(s);
        c = 'A';
        c *= 1000;
        Out.println((int) c);
    }
}
