package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Static fields of every primitive type: defaults, extremes, and values written and read back. */
public final class PrimitiveFields {
    private static byte b;
    private static short s;
    private static char c;
    private static int i;
    private static long l;
    private static boolean z;
    private static byte neverWrittenByte;
    private static short neverWrittenShort;
    private static char neverWrittenChar;
    private static int neverWrittenInt;
    private static long neverWrittenLong;
    private static boolean neverWrittenBoolean;

    private PrimitiveFields() {
    }

    public static void main(String[] args) {
        Out.print(neverWrittenByte);
        Out.print(" ");
        Out.print(neverWrittenShort);
        Out.print(" ");
        Out.print((int) neverWrittenChar);
        Out.print(" ");
        Out.print(neverWrittenInt);
        Out.print(" ");
        Out.print(neverWrittenLong);
        Out.print(" ");
        Out.print(neverWrittenBoolean);
        Out.println();
        for (int k = 0; k < 4; k++) {
            set(k);
            Out.print(b);
            Out.print(" ");
            Out.print(s);
            Out.print(" ");
            Out.print((int) c);
            Out.print(" ");
            Out.print(i);
            Out.print(" ");
            Out.print(l);
            Out.print(" ");
            Out.print(z);
            Out.println();
        }
        b = -1;
        s = -1;
        c = 65535;
        Out.print(b == -1);
        Out.print(s == -1);
        Out.print(c == 65535);
        Out.print(c > 0);
        Out.print(b < 0);
        Out.print(b + s + c);
        Out.println();
        l = 0x1122334455667788L;
        i = (int) l;
        s = (short) i;
        b = (byte) s;
        c = (char) b;
        Out.print(l);
        Out.print(" ");
        Out.print(i);
        Out.print(" ");
        Out.print(s);
        Out.print(" ");
        Out.print(b);
        Out.print(" ");
        Out.print((int) c);
        Out.println();
        z = i > 0;
        z = !z;
        Out.print(z);
        Out.println();
    }

    private static void set(int k) {
        switch (k) {
            case 0:
                b = 127;
                s = 32767;
                c = 65535;
                i = 2147483647;
                l = 9223372036854775807L;
                z = true;
                break;
            case 1:
                b = -128;
                s = -32768;
                c = 0;
                i = -2147483648;
                l = -9223372036854775808L;
                z = false;
                break;
            case 2:
                b = (byte) (k * 100);
                s = (short) (k * 20000);
                c = (char) (k * 40000);
                i = k * 1500000000;
                l = k * 6000000000000000000L;
                z = k == 2;
                break;
            default:
                b = (byte) -k;
                s = (short) -k;
                c = (char) -k;
                i = -k;
                l = -k;
                z = k != 3;
                break;
        }
    }
}
