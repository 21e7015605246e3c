package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Failures in records' compact constructors, enum constructors and static initializers, interface default and
 * static methods: their exceptions and the frames named in the trace.
 */
public final class RecordAndEnumFailures {
    record Range(int low, int high) {
        Range {
            if (low > high) {
                throw new IllegalArgumentException(String.format("low %d > high %d", low, high));
            }
        }

        int width() {
            return high - low;
        }
    }

    enum Planet {
        MERCURY(3.303e+23), EARTH(5.976e+24);

        final double mass;

        Planet(double mass) {
            this.mass = mass;
        }
    }

    enum Broken {
        FIRST("ok"), SECOND("");

        final String label;

        Broken(String label) {
            if (label.isEmpty()) {
                throw new IllegalStateException("empty label for constant #" + ordinal());
            }
            this.label = label;
        }
    }

    interface Shape {
        double area();

        default String describe() {
            double a = area();
            if (a < 0) {
                throw new ArithmeticException("negative area " + a);
            }
            return getClass().getSimpleName() + " area " + a;
        }

        static Shape square(double side) {
            return new Shape() {
                @Override
                public double area() {
                    return side < 0 ? -side * side : side * side;
                }
            };
        }
    }

    private RecordAndEnumFailures() {
    }

    public static void main(String[] args) {
        List<Range> ranges = new ArrayList<>();
        int[][] bounds = {{1, 5}, {3, 3}, {9, 2}, {-4, -1}};
        for (int[] b : bounds) {
            try {
                ranges.add(new Range(b[0], b[1]));
            } catch (IllegalArgumentException e) {
                e.printStackTrace(System.out);
            }
        }
        System.out.println(ranges + " " + ranges.get(0).width() + " " + ranges.get(0).equals(new Range(1, 5)));
        System.out.println(Planet.EARTH + " " + Planet.valueOf("MERCURY").mass + " " + Planet.values().length);
        try {
            System.out.println(Broken.FIRST.label);
        } catch (ExceptionInInitializerError e) {
            System.out.println("enum init: " + e.getCause());
            e.getCause().printStackTrace(System.out);
        }
        Shape[] shapes = {Shape.square(2), Shape.square(-3)};
        for (Shape s : shapes) {
            try {
                System.out.println("[" + s.describe() + "] " + s.area());
            } catch (ArithmeticException e) {
                System.out.println(e.getMessage() + " at " + e.getStackTrace()[0].getMethodName());
                e.printStackTrace(System.out);
            }
        }
    }
}
