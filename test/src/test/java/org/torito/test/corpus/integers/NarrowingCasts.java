package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** i2b, i2c, i2s, l2i and i2l keep the low bits and sign- or zero-extend them. */
public final class NarrowingCasts {
    private static int seed;

    private NarrowingCasts() {
    }

    public static void main(String[] args) {
        seed = 1;
        for (int k = 0; k < 16; k++) {
            int v = sample(k);
            Out.print(v);
            Out.print(" b=");
            Out.print((byte) v);
            Out.print(" c=");
            Out.print((int) (char) v);
            Out.print(" s=");
            Out.print((short) v);
            Out.print(" l=");
            Out.print((long) v);
            Out.print(" bc=");
            Out.print((int) (char) (byte) v);
            Out.print(" sb=");
            Out.print((short) (byte) v);
            Out.println();
        }
        long big = 4294967297L * seed;
        Out.println((int) big);
        Out.println((int) (big << 31));
        Out.println((int) -big);
        Out.println((short) (big * 65535));
        Out.println((byte) (big * 255));
        Out.println((int) (char) (big - 2));
        Out.println((long) (int) 9223372036854775807L * seed);
        Out.println((int) (-9223372036854775807L - seed));
        byte b = (byte) (seed * 120);
        for (int i = 0; i < 10; i++) {
            b += 3;
            Out.print(b);
            Out.print(" ");
        }
        Out.println();
        short s = (short) (seed * 32760);
        char c = (char) (seed * 65530);
        for (int i = 0; i < 10; i++) {
            s++;
            c++;
            Out.print(s);
            Out.print(" ");
            Out.print((int) c);
            Out.print(" ");
        }
        Out.println();
        byte x = (byte) (seed * -128);
        x--;
        Out.println(x);
        x = (byte) -x;
        Out.println(x);
        Out.println((byte) (x * x));
        Out.println((char) (seed * -1) + 1);
    }

    private static int sample(int k) {
        switch (k) {
            case 0:
                return 127 * seed;
            case 1:
                return 128 * seed;
            case 2:
                return 255 * seed;
            case 3:
                return 256 * seed;
            case 4:
                return -129 * seed;
            case 5:
                return -128 * seed;
            case 6:
                return 32767 * seed;
            case 7:
                return 32768 * seed;
            case 8:
                return 65535 * seed;
            case 9:
                return 65536 * seed;
            case 10:
                return -32769 * seed;
            case 11:
                return 0x12345678 * seed;
            case 12:
                return 0x89ABCDEF * seed;
            case 13:
                return -1 * seed;
            case 14:
                return -2147483648 * seed;
            default:
                return 2147483647 * seed;
        }
    }
}
