package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/** Instance fields of every type start at their default value, then hold what is stored, without overlapping. */
public final class FieldDefaults {
    /** One field of each type, interleaved so that the layout has to pad and pack. */
    static final class AllTypes {
        byte b;
        long j;
        boolean z;
        short s;
        double d;
        char c;
        int i;
        float f;
        Object o;
        int[] a;
        AllTypes next;
    }

    /** Fields spread over a superclass and a subclass. */
    static class Upper {
        byte upperByte;
        long upperLong;
    }

    static final class Lower extends Upper {
        byte lowerByte;
        char lowerChar;
        long lowerLong;
    }

    private static int seed;

    private FieldDefaults() {
    }

    public static void main(String[] args) {
        seed = 7;
        AllTypes t = new AllTypes();
        print(t);
        t.b = (byte) (seed * 40);
        t.j = -1L << 40 | seed;
        t.z = seed > 3;
        t.s = (short) (seed * -5000);
        t.d = seed / 4.0;
        t.c = (char) ('A' + seed);
        t.i = seed * -100000000;
        t.f = seed / 8.0f;
        t.o = t;
        t.a = new int[seed];
        t.next = new AllTypes();
        print(t);
        print(t.next);
        t.b--;
        t.s++;
        t.c += 2;
        t.j >>>= 4;
        t.i ^= -1;
        t.z = !t.z;
        print(t);
        Out.print(t.o == t);
        Out.print(' ');
        Out.print(t.next.o == null);
        Out.print(' ');
        Out.print(t.a.length);
        Out.println();

        Lower lower = new Lower();
        Out.println(lower.upperByte + lower.upperLong + lower.lowerByte + lower.lowerChar + lower.lowerLong);
        lower.upperByte = -1;
        lower.upperLong = Long.MIN_VALUE + seed;
        lower.lowerByte = -2;
        lower.lowerChar = '\uffff';
        lower.lowerLong = Long.MAX_VALUE - seed;
        Upper up = lower;
        Out.println(up.upperByte);
        Out.println(up.upperLong);
        Out.println(lower.lowerByte);
        Out.println(lower.lowerChar);
        Out.println(lower.lowerLong);
        Out.println(up.upperLong + lower.lowerLong);
    }

    private static void print(AllTypes t) {
        Out.print(t.b);
        Out.print(' ');
        Out.print(t.j);
        Out.print(' ');
        Out.print(t.z);
        Out.print(' ');
        Out.print(t.s);
        Out.print(' ');
        Out.print(t.d);
        Out.print(' ');
        Out.print(t.c == 0 ? '0' : t.c);
        Out.print(' ');
        Out.print(t.i);
        Out.print(' ');
        Out.print(t.f);
        Out.print(' ');
        Out.print(t.o == null);
        Out.print(' ');
        Out.print(t.a == null);
        Out.print(' ');
        Out.print(t.next == null);
        Out.println();
    }
}
