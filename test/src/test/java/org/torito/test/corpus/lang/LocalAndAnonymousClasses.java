package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Local classes and anonymous classes capturing effectively final locals, parameters and enclosing state. */
public final class LocalAndAnonymousClasses {
    private int calls;

    private LocalAndAnonymousClasses() {
    }

    interface Greeter {
        String greet(String who);
    }

    abstract static class Shape {
        private final String label;

        Shape(String label) {
            this.label = label;
        }

        abstract double area();

        @Override
        public String toString() {
            return label + String.format("(%.2f)", area());
        }
    }

    List<IntSupplier> counters(int n) {
        List<IntSupplier> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int start = i * 10;
            class Counter implements IntSupplier {
                private int value = start;

                @Override
                public int getAsInt() {
                    calls++;
                    return value++;
                }
            }
            result.add(new Counter());
        }
        return result;
    }

    public static void main(String[] args) {
        LocalAndAnonymousClasses host = new LocalAndAnonymousClasses();
        List<IntSupplier> cs = host.counters(3);
        for (int round = 0; round < 3; round++) {
            for (IntSupplier c : cs) {
                System.out.print(c.getAsInt() + " ");
            }
        }
        System.out.println("calls=" + host.calls);
        String prefix = "Hello";
        Greeter polite = new Greeter() {
            private int count;

            @Override
            public String greet(String who) {
                count++;
                return prefix + ", " + who + " #" + count;
            }
        };
        System.out.println(polite.greet("Ann") + " | " + polite.greet("Bob"));
        double side = 3;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("square") {
            @Override
            double area() {
                return side * side;
            }
        });
        shapes.add(new Shape("circle") {
            @Override
            double area() {
                return Math.PI * side * side;
            }
        });
        class Tri extends Shape {
            private final double base;

            Tri(double base) {
                super("tri" + (int) base);
                this.base = base;
            }

            @Override
            double area() {
                return base * side / 2;
            }
        }
        shapes.add(new Tri(4));
        shapes.add(new Tri(1));
        shapes.sort(new Comparator<Shape>() {
            @Override
            public int compare(Shape a, Shape b) {
                return Double.compare(a.area(), b.area());
            }
        });
        System.out.println(shapes);
        Supplier<String> nameOf = new Supplier<>() {
            @Override
            public String get() {
                return getClass().getSuperclass().getSimpleName() + "/" + getClass().isAnonymousClass() + "/"
                        + Tri.class.isLocalClass() + "/" + Tri.class.getSimpleName();
            }
        };
        System.out.println(nameOf.get());
        Runnable r = new Runnable() {
            int depth = 0;

            @Override
            public void run() {
                if (depth++ < 3) {
                    System.out.print("run" + depth + " ");
                    this.run();
                } else {
                    System.out.println("done");
                }
            }
        };
        r.run();
    }
}
