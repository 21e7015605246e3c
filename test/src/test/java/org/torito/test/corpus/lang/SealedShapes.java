package org.torito.test.corpus.lang;

import java.util.List;

/** A sealed interface hierarchy of records and classes, taken apart with pattern-matching instanceof. */
public final class SealedShapes {
    private SealedShapes() {
    }

    sealed interface Shape permits Circle, Rect, Triangle, Group {
    }

    record Circle(double r) implements Shape {
    }

    record Rect(double w, double h) implements Shape {
        boolean square() {
            return w == h;
        }
    }

    static final class Triangle implements Shape {
        final double a;
        final double b;
        final double c;

        Triangle(double a, double b, double c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }
    }

    static non-sealed class Group implements Shape {
        final List<Shape> members;

        Group(List<Shape> members) {
            this.members = members;
        }
    }

    static final class Layer extends Group {
        final String name;

        Layer(String name, List<Shape> members) {
            super(members);
            this.name = name;
        }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return Math.PI * c.r() * c.r();
        } else if (s instanceof Rect r && r.square()) {
            return r.w() * r.w();
        } else if (s instanceof Rect r) {
            return r.w() * r.h();
        } else if (s instanceof Triangle t) {
            double p = (t.a + t.b + t.c) / 2;
            return Math.sqrt(p * (p - t.a) * (p - t.b) * (p - t.c));
        } else if (s instanceof Group g) {
            double sum = 0;
            for (Shape m : g.members) {
                sum += area(m);
            }
            return sum;
        }
        throw new IllegalStateException("unknown shape");
    }

    static String describe(Object o) {
        if (!(o instanceof Shape s)) {
            return "not a shape: " + o;
        }
        String kind = s instanceof Layer l ? "layer " + l.name + " of " + l.members.size()
                : s instanceof Group g ? "group of " + g.members.size()
                : s instanceof Rect r && r.square() ? "square " + r.w()
                : s.getClass().getSimpleName().toLowerCase();
        return kind + " area=" + String.format("%.4f", area(s));
    }

    public static void main(String[] args) {
        List<Object> things = List.of(new Circle(1), new Rect(2, 3), new Rect(4, 4), new Triangle(3, 4, 5),
                new Group(List.of(new Circle(0.5), new Rect(1, 1))),
                new Layer("top", List.of(new Triangle(5, 5, 6), new Layer("inner", List.of(new Circle(2))))), "text",
                42);
        for (Object o : things) {
            System.out.println(describe(o));
        }
        Object maybe = null;
        System.out.println((maybe instanceof Shape) + " " + describe(maybe));
        Shape s = new Rect(1, 2);
        Object boxed = s;
        if (boxed instanceof Rect r && r.w() < r.h() && !(boxed instanceof Circle)) {
            System.out.println("tall rect " + r);
        }
        double total = 0;
        for (Object o : things) {
            if (o instanceof Shape sh && !(sh instanceof Group)) {
                total += area(sh);
            }
        }
        System.out.printf("total %.6f%n", total);
    }
}
