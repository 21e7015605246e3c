package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Inner (non-static) classes hold their outer instance: they read and write its fields, call its methods,
 * name it as Outer.this, nest two deep, are created as outer.new Inner(), and local classes capture
 * effectively final locals and parameters.
 */
public final class InnerClasses {
    private int total;
    private final String name;

    InnerClasses(String name) {
        this.name = name;
    }

    final class Adder {
        private final int step;
        private int uses;

        Adder(int step) {
            this.step = step;
        }

        int add() {
            uses++;
            total += step;
            return total;
        }

        String owner() {
            return InnerClasses.this.name;
        }

        final class Auditor {
            private final int limit;

            Auditor(int limit) {
                this.limit = limit;
            }

            boolean check() {
                return total <= limit && uses * step == total - start;
            }

            int sum() {
                return total + uses + step + limit;
            }
        }

        private int start;
    }

    int total() {
        return total;
    }

    interface Counter {
        int next();
    }

    Counter makeCounter(final int from, int by) {
        final int bias = total;
        class Local implements Counter {
            private int current = from;

            @Override
            public int next() {
                current += by;
                return current + bias + total;
            }
        }
        return new Local();
    }

    private static int seed;

    public static void main(String[] args) {
        seed = 3;
        InnerClasses first = new InnerClasses("first");
        InnerClasses second = new InnerClasses("second");
        InnerClasses.Adder a = first.new Adder(seed);
        InnerClasses.Adder b = second.new Adder(seed * 10);
        InnerClasses.Adder c = first.new Adder(-1);
        a.add();
        a.add();
        b.add();
        c.add();
        Out.println(first.total());
        Out.println(second.total());
        Out.println(a.owner());
        Out.println(b.owner());
        Out.println(c.owner());
        InnerClasses.Adder.Auditor audit = a.new Auditor(100);
        Out.print(audit.check());
        Out.println();
        Out.println(audit.sum());
        InnerClasses.Adder.Auditor strict = b.new Auditor(10);
        Out.print(strict.check());
        Out.println();
        Counter k1 = first.makeCounter(100, seed);
        Counter k2 = second.makeCounter(-5, -seed);
        for (int i = 0; i < 4; i++) {
            Out.print(k1.next());
            Out.print(' ');
            Out.print(k2.next());
            Out.print(' ');
        }
        Out.println();
        a.add();
        Out.println(k1.next());
    }
}
