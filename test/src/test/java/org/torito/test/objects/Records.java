package org.torito.test.objects;

import java.util.Objects;
import org.torito.test.support.Out;

/**
 * Records' toString, hashCode and equals (invokedynamic through ObjectMethods, desugared at build time) for
 * components of every kind, including NaN and signed zeros, nulls, arrays, nested, empty and local records,
 * and the order in which equals compares components.
 */
public final class Records {
    record Point(int x, int y) {
    }

    record Everything(boolean z, byte b, short s, char c, int i, long l, String text, int[] array, Point nested) {
    }

    /** Floating-point components; toString is overridden while printing floats needs more of the JDK (#5). */
    record Floats(float f, double d) {
        @Override
        public String toString() {
            return "Floats[" + Float.floatToIntBits(f) + ", " + Double.doubleToLongBits(d) + "]";
        }
    }

    record Empty() {
    }

    /** A component that reports when equals compares it. */
    static final class Noisy {
        final String label;

        Noisy(String label) {
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            Out.println("  compared " + label);
            return o instanceof Noisy n && n.label.equals(label);
        }

        @Override
        public int hashCode() {
            return label.length();
        }

        @Override
        public String toString() {
            return "Noisy(" + label + ")";
        }
    }

    record Pair(Noisy first, Noisy second) {
    }

    /** A record that overrides one of its methods: the others are still generated. */
    record Named(String name, int rank) {
        @Override
        public String toString() {
            return name + "#" + rank;
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        Out.println(p.toString());
        Out.println("hash " + p.hashCode() + " expected " + (31 * Integer.hashCode(3) + Integer.hashCode(-4)));
        Out.println("equal " + p.equals(new Point(3, -4)) + " " + p.equals(new Point(3, 4)) + " " + p.equals(null)
                + " " + p.equals("(3, -4)") + " " + p.equals(p));

        int[] shared = {1, 2};
        Everything e = new Everything(true, (byte) -7, (short) 300, 'é', 42, 1L << 50, "text", shared, p);
        String text = e.toString();
        Out.println(text.substring(0, text.indexOf("array=")) + "array=<identity>, nested=Point[x=3, y=-4]]");
        // the array's identity hash differs between VMs: compare rather than print
        Out.println("hash as specified " + (e.hashCode() == expectedHash(e)));
        Out.println("equal same array " + e.equals(
                new Everything(true, (byte) -7, (short) 300, 'é', 42, 1L << 50, "text", shared, new Point(3, -4))));
        Out.println("equal other array " + e.equals(
                new Everything(true, (byte) -7, (short) 300, 'é', 42, 1L << 50, "text", new int[] {1, 2}, p)));
        Everything nulls = new Everything(false, (byte) 0, (short) 0, 'x', 0, 0, null, null, null);
        String nullText = nulls.toString();
        Out.println(nullText);
        Out.println("hash of nulls " + nulls.hashCode());
        Out.println("nulls equal " + nulls.equals(new Everything(false, (byte) 0, (short) 0, 'x', 0, 0, null, null,
                null)));

        Floats nan = new Floats(Float.NaN, Double.NaN);
        Out.println(nan.toString());
        Out.println("NaN equals NaN " + nan.equals(new Floats(Float.NaN, Double.NaN)));
        Out.println("0.0 equals -0.0 " + new Floats(0.0f, 0.0).equals(new Floats(-0.0f, 0.0)) + " "
                + new Floats(0.0f, 0.0).equals(new Floats(0.0f, -0.0)));
        Out.println("hash " + new Floats(1.5f, -2.25).hashCode() + " expected "
                + (31 * Float.hashCode(1.5f) + Double.hashCode(-2.25)));

        Out.println(new Empty().toString() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));

        record Local(long id, String tag) {
        }
        Out.println(new Local(9, "local").toString() + " " + new Local(9, "local").equals(new Local(9, "local")));

        Out.println("equals compares the last component first:");
        boolean same = new Pair(new Noisy("a"), new Noisy("b")).equals(new Pair(new Noisy("a"), new Noisy("b")));
        Out.println("  -> " + same);
        boolean differ = new Pair(new Noisy("a"), new Noisy("b")).equals(new Pair(new Noisy("a"), new Noisy("c")));
        Out.println("  -> " + differ);
        Out.println("hash " + new Pair(new Noisy("abc"), new Noisy("de")).hashCode() + " "
                + new Pair(new Noisy("abc"), new Noisy("de")));

        Named named = new Named("torito", 1);
        Out.println(named + " " + named.equals(new Named("torito", 1)) + " " + named.hashCode());
    }

    private static int expectedHash(Everything e) {
        int h = 0;
        h = h * 31 + Boolean.hashCode(e.z());
        h = h * 31 + Byte.hashCode(e.b());
        h = h * 31 + Short.hashCode(e.s());
        h = h * 31 + Character.hashCode(e.c());
        h = h * 31 + Integer.hashCode(e.i());
        h = h * 31 + Long.hashCode(e.l());
        h = h * 31 + Objects.hashCode(e.text());
        h = h * 31 + Objects.hashCode(e.array());
        h = h * 31 + Objects.hashCode(e.nested());
        return h;
    }
}
