package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Every compound assignment operator on statics of each integral type, including the implicit narrowing. */
public final class CompoundAssignment {
    private static byte b;
    private static short s;
    private static char c;
    private static int i;
    private static long l;
    private static int operand;

    private CompoundAssignment() {
    }

    public static void main(String[] args) {
        for (int op = 0; op < 11; op++) {
            b = -77;
            s = -30000;
            c = 50000;
            i = -1234567890;
            l = -1234567890123456789L;
            operand = op == 0 ? 3 : op + 2;
            apply(op);
            Out.print(op);
            Out.print(": ");
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
        l = 1;
        l <<= 65 + operand - operand;
        Out.println(l);
        i = -1;
        i >>>= 33 + operand - operand;
        Out.println(i);
        s = -1;
        s >>>= 10 + operand - operand;
        Out.println(s);
        b = -16;
        b >>>= 2 + operand - operand;
        Out.println(b);
        c = 65535;
        c >>= 4 + operand - operand;
        Out.println((int) c);
        l = 1000;
        l /= -7 + operand - operand;
        Out.println(l);
        i = 100;
        i += l;
        Out.println(i);
        b = 1;
        b += 3000000000L + operand - operand;
        Out.println(b);
    }

    private static void apply(int op) {
        int v = operand;
        switch (op) {
            case 0:
                b += v;
                s += v;
                c += v;
                i += v;
                l += v;
                break;
            case 1:
                b -= v;
                s -= v * 1000;
                c -= v * 20000;
                i -= v * 1000000000;
                l -= v * 4000000000000000000L;
                break;
            case 2:
                b *= v;
                s *= v;
                c *= v;
                i *= v;
                l *= v;
                break;
            case 3:
                b /= v;
                s /= v;
                c /= v;
                i /= v;
                l /= v;
                break;
            case 4:
                b %= v;
                s %= v;
                c %= v;
                i %= v;
                l %= v;
                break;
            case 5:
                b <<= v;
                s <<= v;
                c <<= v;
                i <<= v;
                l <<= v;
                break;
            case 6:
                b >>= v;
                s >>= v;
                c >>= v;
                i >>= v;
                l >>= v;
                break;
            case 7:
                b >>>= v;
                s >>>= v;
                c >>>= v;
                i >>>= v;
                l >>>= v;
                break;
            case 8:
                b &= v * 7;
                s &= v * 77;
                c &= v * 777;
                i &= v * 7777;
                l &= v * 77777;
                break;
            case 9:
                b |= v;
                s |= v;
                c |= v;
                i |= v;
                l |= v;
                break;
            default:
                b ^= v * 11;
                s ^= v * 1111;
                c ^= v * 111;
                i ^= v * 111111;
                l ^= v * 11111111111L;
                break;
        }
    }
}
