package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Element stores that narrow and loads that widen (JVMS bastore, castore, sastore and their loads): byte
 * elements sign-extend, char elements zero-extend, short elements keep 16 bits; boolean arrays hold only
 * their low bit through baload/bastore; compound assignments and increments on narrow elements wrap.
 */
public final class NarrowElementStores {
    private static int big;
    private static int count;

    private NarrowElementStores() {
    }

    public static void main(String[] args) {
        big = 0x12345678;
        count = 8;

        byte[] bytes = new byte[count];
        short[] shorts = new short[count];
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            int v = big >> (i * 4);
            bytes[i] = (byte) v;
            shorts[i] = (short) v;
            chars[i] = (char) v;
        }
        for (int i = 0; i < count; i++) {
            Out.print(bytes[i]);
            Out.print(' ');
            Out.print(shorts[i]);
            Out.print(' ');
            Out.print((int) chars[i]);
            Out.println();
        }

        bytes[0] = (byte) 200;
        bytes[1] = 127;
        bytes[1]++;
        bytes[2] = -128;
        bytes[2]--;
        bytes[3] += (byte) big;
        bytes[4] = (byte) (bytes[0] * 3);
        shorts[0] = (short) 40000;
        shorts[1] = Short.MAX_VALUE;
        shorts[1] += count;
        shorts[2] = (short) (shorts[0] << 1);
        chars[0] = (char) -1;
        chars[1] = 'A';
        chars[1] += 65535;
        chars[2] = (char) (chars[0] + 2);
        chars[3]--;
        for (int i = 0; i < 5; i++) {
            Out.print(bytes[i]);
            Out.print(' ');
        }
        Out.println();
        for (int i = 0; i < 3; i++) {
            Out.print(shorts[i]);
            Out.print(' ');
        }
        Out.println();
        for (int i = 0; i < 4; i++) {
            Out.print((int) chars[i]);
            Out.print(' ');
        }
        Out.println();

        long sum = 0;
        for (byte b : bytes) {
            sum += b;
        }
        for (char c : chars) {
            sum += c;
        }
        Out.println(sum);
        Out.println(bytes[0] >>> 4);
        Out.println(chars[0] >>> 4);
        Out.println(bytes[0] == (byte) 200);
        Out.println(chars[0] == 0xffff);

        boolean[] flags = new boolean[count];
        for (int i = 0; i < count; i++) {
            flags[i] = (big >> i & 1) != 0;
        }
        flags[count - 1] ^= true;
        flags[0] &= flags[1];
        flags[2] |= flags[0];
        int pattern = 0;
        for (int i = 0; i < count; i++) {
            if (flags[i]) {
                pattern |= 1 << i;
            }
        }
        Out.println(pattern);

        byte[][] planes = new byte[2][count];
        planes[1][7] = (byte) (big >>> 24);
        planes[0][7] = (byte) (planes[1][7] << 3);
        Out.println(planes[0][7]);
        Out.println(planes[1][7]);
    }
}
