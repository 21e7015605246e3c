package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Object identity: == compares references, so two equal-valued instances are distinct while aliases are the
 * same object; a hand-written equals compares values; string literals are interned (the same constant is the
 * same object); arrays are objects with identity too.
 */
public final class Identity {
    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        boolean sameAs(Point other) {
            return other != null && x == other.x && y == other.y;
        }

        Point moved(int dx, int dy) {
            if (dx == 0 && dy == 0) {
                return this;
            }
            return new Point(x + dx, y + dy);
        }
    }

    /** Hands out one shared instance per small value, new ones beyond. */
    static final class Cache {
        private final Point[] cached = new Point[4];

        Point get(int v) {
            if (v >= 0 && v < cached.length) {
                if (cached[v] == null) {
                    cached[v] = new Point(v, v);
                }
                return cached[v];
            }
            return new Point(v, v);
        }
    }

    private static int zero;
    private static String literal;

    private Identity() {
    }

    public static void main(String[] args) {
        zero = 0;
        literal = "torito";
        Point a = new Point(1, 2);
        Point b = new Point(1, 2);
        Point alias = a;
        Out.print(a == b);
        Out.print(' ');
        Out.print(a.sameAs(b));
        Out.print(' ');
        Out.print(a == alias);
        Out.print(' ');
        Out.print(a.moved(zero, zero) == a);
        Out.print(' ');
        Out.print(a.moved(1, zero) == a);
        Out.print(' ');
        Out.print(a.moved(1, zero).sameAs(new Point(2, 2)));
        Out.print(' ');
        Out.print(a.sameAs(null));
        Out.println();

        Cache cache = new Cache();
        Out.print(cache.get(2) == cache.get(2));
        Out.print(' ');
        Out.print(cache.get(9) == cache.get(9));
        Out.print(' ');
        Out.print(cache.get(9).sameAs(cache.get(9)));
        Out.println();

        Object o1 = new Object();
        Object o2 = new Object();
        Object o3 = o1;
        Out.print(o1 == o2);
        Out.print(' ');
        Out.print(o1 == o3);
        Out.print(' ');
        Out.print(o1 != null);
        Out.println();

        String s1 = "torito";
        Out.print(s1 == literal);
        Out.print(' ');
        Out.print("torito" == literal);
        Out.print(' ');
        Out.print("tor" + "ito" == literal);
        Out.println();

        int[] arr1 = {1, 2, 3};
        int[] arr2 = {1, 2, 3};
        int[] arr3 = arr1;
        arr3[0] = 100;
        Out.print(arr1 == arr2);
        Out.print(' ');
        Out.print(arr1 == arr3);
        Out.print(' ');
        Out.print(arr1[0]);
        Out.print(' ');
        Out.print(arr2[0]);
        Out.println();

        Point[] points = new Point[5];
        for (int i = 0; i < points.length; i++) {
            points[i] = i % 2 == 0 ? a : new Point(1, 2);
        }
        int same = 0;
        int equal = 0;
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < points.length; j++) {
                if (points[i] == points[j]) {
                    same++;
                }
                if (points[i].sameAs(points[j])) {
                    equal++;
                }
            }
        }
        Out.println(same);
        Out.println(equal);
    }
}
