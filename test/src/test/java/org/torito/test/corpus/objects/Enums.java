package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Enums without switch and without values() (it clones an array: Object.clone is native and has no
 * substitution yet): constants created by the enum's static initializer, ordinal() and name(), constants with
 * fields, constructors and constant-specific bodies, and identity comparison.
 */
public final class Enums {
    enum Planet {
        MERCURY(3, 1),
        VENUS(6, 2),
        EARTH(6, 3),
        MARS(3, 4);

        final int radius;
        final int order;

        Planet(int radius, int order) {
            this.radius = radius;
            this.order = order;
        }

        long volumeish() {
            return (long) radius * radius * radius * order;
        }
    }

    enum Operation {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES {
            @Override
            int apply(int a, int b) {
                return a * b;
            }
        },
        POWER {
            @Override
            int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }

            @Override
            boolean commutative() {
                return false;
            }
        };

        abstract int apply(int a, int b);

        boolean commutative() {
            return true;
        }
    }

    private static int operand;

    private Enums() {
    }

    public static void main(String[] args) {
        operand = 3;
        Planet[] planets = {Planet.MERCURY, Planet.VENUS, Planet.EARTH, Planet.MARS};
        for (Planet p : planets) {
            Out.print(p.ordinal());
            Out.print(' ');
            Out.print(p.name());
            Out.print(' ');
            Out.print(p.volumeish());
            Out.print(' ');
            Out.print(p == Planet.EARTH);
            Out.println();
        }
        planets[0] = null;
        Out.print(Planet.MERCURY.ordinal());
        Out.println();
        Operation[] operations = {Operation.POWER, Operation.PLUS, Operation.TIMES};
        for (Operation op : operations) {
            Out.print(op.name());
            Out.print(' ');
            Out.print(op.apply(operand, operand + 1));
            Out.print(' ');
            Out.print(op.apply(operand + 1, operand));
            Out.print(' ');
            Out.print(op.commutative());
            Out.print(' ');
            Out.print(op instanceof Operation);
            Out.println();
        }
        Object o = Operation.TIMES;
        Out.print(o instanceof Enum);
        Out.print(o == operations[2]);
        Out.print(o == operations[1]);
        Out.println();
    }
}
