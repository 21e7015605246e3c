package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * checkcast: up- and downcasts that succeed, null that always casts, and failing casts (to a sibling class,
 * an unimplemented interface, an incompatible array type) caught as ClassCastException, at the cast and
 * from deeper frames; generic erasure defers the check to the use site.
 */
public final class CastFailures {
    interface Shape {
        int corners();
    }

    static class Polygon implements Shape {
        @Override
        public int corners() {
            return 5;
        }
    }

    static final class Triangle extends Polygon {
        @Override
        public int corners() {
            return 3;
        }
    }

    static final class Square extends Polygon {
        @Override
        public int corners() {
            return 4;
        }
    }

    static final class Circle {
    }

    static final class Holder<T> {
        private Object value;

        void set(Object v) {
            value = v;
        }

        @SuppressWarnings("unchecked")
        T get() {
            return (T) value;
        }
    }

    private CastFailures() {
    }

    static int cornersOf(Object o) {
        return ((Shape) o).corners();
    }

    static int triangleCorners(Object o) {
        Triangle t = (Triangle) o;
        return t.corners() * 100;
    }

    static String tryCasts(Object o) {
        int ok = 0;
        int failed = 0;
        try {
            Polygon p = (Polygon) o;
            ok += p == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        try {
            Shape s = (Shape) o;
            ok += s == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        try {
            Triangle t = (Triangle) o;
            ok += t == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        try {
            Object[] arr = (Object[]) o;
            ok += arr == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        try {
            Shape[] shapes = (Shape[]) o;
            ok += shapes == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        try {
            int[] ints = (int[]) o;
            ok += ints == null ? 0 : 1;
        } catch (ClassCastException e) {
            failed++;
        }
        return ok == 0 && failed == 0 ? "null" : ok + failed == 6 ? "ok" : "?";
    }

    static int okCount(Object o) {
        int ok = 0;
        try {
            ok += ((Polygon) o).corners() > 0 ? 1 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        try {
            ok += ((Shape) o).corners() > 0 ? 2 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        try {
            ok += ((Triangle) o).corners() > 0 ? 4 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        try {
            ok += ((Object[]) o).length >= 0 ? 8 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        try {
            ok += ((Shape[]) o).length >= 0 ? 16 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        try {
            ok += ((int[]) o).length >= 0 ? 32 : 0;
        } catch (ClassCastException e) {
            ok += 0;
        }
        return ok;
    }

    public static void main(String[] args) {
        Object[] values = {
            new Polygon(), new Triangle(), new Square(), new Circle(), "s", new int[3], new long[3],
            new Triangle[2], new Polygon[1], new Circle[1], new Object[1], new Shape[0],
        };
        for (Object v : values) {
            Out.print(okCount(v));
            Out.print(' ');
            Out.print(tryCasts(v));
            Out.println();
        }
        Out.println(tryCasts(null));
        int caught = 0;
        for (Object v : values) {
            try {
                Out.print(cornersOf(v));
                Out.print(' ');
                Out.print(triangleCorners(v));
                Out.println();
            } catch (ClassCastException e) {
                caught++;
                Out.println("CCE");
            }
        }
        Out.println(caught);
        Holder<Triangle> h = new Holder<>();
        h.set(new Square());
        Object raw = h.get();
        Out.println(((Shape) raw).corners());
        try {
            Triangle t = h.get();
            Out.println(t.corners());
        } catch (ClassCastException e) {
            Out.println("CCE at the use site");
        }
        Object nothing = null;
        Circle c = (Circle) nothing;
        Out.print(c == null);
        Out.println();
    }
}
