package org.torito.test.objects;

import org.torito.test.support.Out;

/** Classes with fields and constructors, overriding, super calls, abstract methods and an interface. */
public final class Shapes {
    interface Named {
        String name();

        default int nameCode() {
            return 7;
        }
    }

    abstract static class Shape implements Named {
        final int id;
        long scaled;

        Shape(int id) {
            this.id = id;
        }

        abstract long area();

        long perimeter() {
            return 0;
        }

        void scale(int factor) {
            scaled = area() * factor;
        }
    }

    static class Rect extends Shape {
        final int w;
        final int h;

        Rect(int id, int w, int h) {
            super(id);
            this.w = w;
            this.h = h;
        }

        @Override
        long area() {
            return (long) w * h;
        }

        @Override
        long perimeter() {
            return 2L * (w + h);
        }

        @Override
        public String name() {
            return "rect";
        }
    }

    static final class Square extends Rect {
        Square(int id, int side) {
            super(id, side, side);
        }

        @Override
        long perimeter() {
            return super.perimeter() + 0;
        }

        @Override
        public String name() {
            return "square";
        }

        @Override
        public int nameCode() {
            return 9;
        }
    }

    static final class Circle extends Shape {
        final int r;
        private int calls;

        Circle(int id, int r) {
            super(id);
            this.r = r;
        }

        @Override
        long area() {
            calls++;
            return 3L * r * r;
        }

        @Override
        public String name() {
            return "circle";
        }

        int calls() {
            return calls;
        }
    }

    private Shapes() {
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(1, 3, 4), new Square(2, 5), new Circle(3, 10), null};
        long total = 0;
        for (Shape s : shapes) {
            if (s == null) {
                Out.println("null shape");
                continue;
            }
            s.scale(s.id + 1);
            Named n = s;
            Out.print(n.name());
            Out.print(" id=");
            Out.print(s.id);
            Out.print(" area=");
            Out.print(s.area());
            Out.print(" perimeter=");
            Out.print(s.perimeter());
            Out.print(" scaled=");
            Out.print(s.scaled);
            Out.print(" code=");
            Out.print(n.nameCode());
            Out.print(" rect?");
            Out.print(s instanceof Rect);
            Out.print(" square?");
            Out.print(s instanceof Square);
            Out.println();
            total += s.area();
            if (s instanceof Circle) {
                Out.print("circle calls=");
                Out.println(((Circle) s).calls());
            }
        }
        Out.print("total=");
        Out.println(total);
        Object o = shapes;
        Out.print("Object[]? ");
        Out.print(o instanceof Object[]);
        Out.print(" Named[]? ");
        Out.print(o instanceof Named[]);
        Out.print(" Rect[]? ");
        Out.print(o instanceof Rect[]);
        Out.println();
    }
}
