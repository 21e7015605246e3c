package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Anonymous classes: implementing interfaces and extending abstract and concrete classes, with constructor
 * arguments, instance initializers, their own fields and captured locals; each creation is a new object with
 * its own state; an anonymous class inside an anonymous class sees both.
 */
public final class AnonymousClasses {
    interface Op {
        int apply(int x);
    }

    abstract static class Named {
        final String name;

        Named(String name) {
            this.name = name;
        }

        abstract int score();

        String describe() {
            return name;
        }
    }

    static class Greeter {
        String greet() {
            return "hello";
        }
    }

    private static int factor;

    private AnonymousClasses() {
    }

    static Op multiplier(final int m) {
        return new Op() {
            @Override
            public int apply(int x) {
                return x * m * factor;
            }
        };
    }

    static Op counting() {
        return new Op() {
            private int calls;

            @Override
            public int apply(int x) {
                calls++;
                return x + calls;
            }
        };
    }

    static Op compose(final Op f, final Op g) {
        return new Op() {
            @Override
            public int apply(int x) {
                return f.apply(g.apply(x));
            }
        };
    }

    public static void main(String[] args) {
        factor = 2;
        Op triple = multiplier(3);
        Op c1 = counting();
        Op c2 = counting();
        Out.println(triple.apply(5));
        Out.println(c1.apply(10));
        Out.println(c1.apply(10));
        Out.println(c2.apply(10));
        Op both = compose(triple, c1);
        Out.println(both.apply(1));
        Out.println(both.apply(1));
        final int base = 40;
        Named n = new Named("anon") {
            private int bonus;

            {
                bonus = base + factor;
            }

            @Override
            int score() {
                return bonus * 2;
            }

            @Override
            String describe() {
                return "custom";
            }
        };
        Out.println(n.score());
        Out.println(n.name);
        Out.println(n.describe());
        Greeter g = new Greeter() {
            @Override
            String greet() {
                return "hi";
            }
        };
        Out.println(g.greet());
        Out.println(new Greeter().greet());
        Out.print(g instanceof Greeter);
        Out.print(' ');
        Out.print(g instanceof Op);
        Out.println();
        Op outer = new Op() {
            private final int offset = 1000;

            @Override
            public int apply(final int x) {
                Op inner = new Op() {
                    @Override
                    public int apply(int y) {
                        return offset + x * 10 + y + base;
                    }
                };
                return inner.apply(x + 1);
            }
        };
        Out.println(outer.apply(7));
        Op[] table = new Op[4];
        for (int i = 0; i < table.length; i++) {
            final int k = i;
            table[i] = new Op() {
                @Override
                public int apply(int x) {
                    return x << k;
                }
            };
        }
        int acc = 1;
        for (Op op : table) {
            acc = op.apply(acc);
            Out.print(acc);
            Out.print(' ');
        }
        Out.println();
    }
}
