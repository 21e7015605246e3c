package org.torito.test.corpus.lang;

import java.util.Arrays;
import java.util.List;

/** String concatenation and valueOf of every primitive type, null, char arrays, and objects with toString. */
public final class StringConversions {
    private StringConversions() {
    }

    static final class Temp {
        private final double celsius;

        Temp(double celsius) {
            this.celsius = celsius;
        }

        @Override
        public String toString() {
            return celsius + "°C";
        }
    }

    public static void main(String[] args) {
        byte b = -128;
        short s = -32768;
        char c = 'Ω';
        int i = Integer.MIN_VALUE;
        long l = Long.MIN_VALUE;
        float f = -1.25e-7f;
        double d = 6.02214076e23;
        boolean z = true;
        Object nothing = null;
        String text = null;
        System.out.println("" + b + s + c + i + l + f + d + z + nothing + text);
        System.out.println(b + s + c + "|" + (b + s + c) + "|" + c + 1 + "|" + (char) (c + 1) + "|" + 'a' + 'b' + "|"
                + ('a' + 'b'));
        System.out.println(String.valueOf(b) + String.valueOf(s) + String.valueOf(c) + String.valueOf(i)
                + String.valueOf(l) + String.valueOf(f) + String.valueOf(d) + String.valueOf(z) + String.valueOf(nothing));
        char[] letters = {'j', 'a', 'v', 'a'};
        System.out.println(String.valueOf(letters) + " " + new String(letters, 1, 2) + " " + letters.length
                + " " + Arrays.toString(letters));
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        acc += 1.0f;
        acc += 'x';
        acc += null;
        System.out.println(acc);
        Temp t = new Temp(21.5);
        List<Object> objs = Arrays.asList(t, 1, 2L, 3.0f, 4.0, 'c', true, null, "s", new int[0].length, List.of(t));
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) {
            sb.append(o).append(';');
        }
        System.out.println(sb + " " + objs);
        System.out.println(Integer.toString(42) + Long.toString(-42L) + Double.toString(4.2) + Float.toString(4.2f)
                + Boolean.toString(false) + Character.toString('q') + Short.toString((short) 7) + Byte.toString((byte) 8));
        int x = 7;
        x += 'A';
        String msg = "x=" + x + ", half=" + x / 2 + ", sum=" + x + 1 + ", real sum=" + (x + 1) + ", char=" + (char) x;
        System.out.println(msg);
        long big = 1L << 53;
        System.out.println("big " + big + " as double " + (double) big + " +1 " + (double) (big + 1) + " float "
                + (float) big);
        String s1 = "hel" + "lo";
        String s2 = "hello";
        final String part = "hel";
        String s3 = part + "lo";
        String dyn = "hel";
        String s4 = dyn + "lo";
        System.out.println((s1 == s2) + " " + (s3 == s2) + " " + (s4 == s2) + " " + (s4.intern() == s2) + " "
                + s4.equals(s2));
        System.out.println(("€" + 100).length() + " " + ("\uD83D\uDE00" + 1).codePointCount(0, 3));
    }
}
