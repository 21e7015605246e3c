package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Records: generated equals, hashCode and toString, compact constructors, static members and records as keys. */
public final class RecordBasics {
    private RecordBasics() {
    }

    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("out of range: " + x + "," + y);
            }
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }

        static Point of(String s) {
            String[] p = s.split(",");
            return new Point(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        }
    }

    record Range(long lo, long hi) {
        Range {
            if (lo > hi) {
                long t = lo;
                lo = hi;
                hi = t;
            }
        }

        long length() {
            return hi - lo;
        }
    }

    record Person(String name, int age, double score, boolean active, char grade, Point home) {
    }

    record Empty() {
    }

    record Wrapper(Object value, Float f, byte b, short s, long l) {
    }

    public static void main(String[] args) {
        Point a = new Point(3, 4);
        Point b = Point.of(" 3, 4");
        System.out.println(a + " " + b + " " + a.equals(b) + " " + (a == b) + " " + (a.hashCode() == b.hashCode())
                + " " + a.hashCode() + " " + Point.ORIGIN.hashCode() + " " + a.plus(new Point(-3, 1)));
        System.out.println(new Range(10, 2) + " " + new Range(10, 2).length() + " " + new Range(2, 10).equals(new Range(10, 2)));
        Person p = new Person("Zoë", 42, 98.5, true, 'A', a);
        Person q = new Person("Zoë", 42, 98.5, true, 'A', new Point(3, 4));
        Person r = new Person(null, 42, -0.0, false, 'B', null);
        System.out.println(p);
        System.out.println(r);
        System.out.println(p.equals(q) + " " + (p.hashCode() == q.hashCode()) + " " + p.equals(r) + " " + r.equals(r)
                + " " + p.name() + " " + p.home().y() + " " + r.hashCode() + " " + p.hashCode());
        System.out.println(new Person("x", 1, 0.0, true, 'c', null).equals(new Person("x", 1, -0.0, true, 'c', null))
                + " " + new Person("x", 1, Double.NaN, true, 'c', null).equals(new Person("x", 1, Double.NaN, true, 'c', null)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Wrapper w = new Wrapper(List.of(1, 2), 1.5f, (byte) -1, (short) 300, 1L << 40);
        System.out.println(w + " " + w.hashCode() + " " + w.equals(new Wrapper(List.of(1, 2), 1.5f, (byte) -1,
                (short) 300, 1L << 40)) + " " + Objects.hash(1, 2));
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 1), "one");
        names.put(new Point(2, 2), "two");
        names.put(new Point(1, 1), "uno");
        System.out.println(names.size() + " " + names.get(Point.of("1,1")) + " " + names.get(new Point(2, 2)));
        Set<Range> ranges = new HashSet<>(List.of(new Range(1, 5), new Range(5, 1), new Range(0, 0)));
        System.out.println(ranges.size() + " " + ranges.contains(new Range(0, 0)));
        TreeMap<String, Point> sorted = new TreeMap<>();
        List<Point> path = new ArrayList<>();
        Point cur = Point.ORIGIN;
        for (String step : "R R U L U U".split(" ")) {
            cur = cur.plus(switch (step) {
                case "R" -> new Point(1, 0);
                case "L" -> new Point(-1, 0);
                default -> new Point(0, 1);
            });
            path.add(cur);
            sorted.put(step + path.size(), cur);
        }
        System.out.println(path + " " + sorted);
    }
}
