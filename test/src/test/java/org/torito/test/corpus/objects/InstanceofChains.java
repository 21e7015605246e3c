package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * instanceof against classes, interfaces (also inherited through superclasses and superinterfaces), arrays of
 * each, and null; an if-else chain classifies each object by its most specific type.
 */
public final class InstanceofChains {
    interface Edible {
    }

    interface Fruit extends Edible {
    }

    interface Red {
    }

    static class Food implements Edible {
    }

    static class Apple extends Food implements Fruit, Red {
    }

    static final class GrannySmith extends Apple {
    }

    static final class Tomato extends Food implements Red {
    }

    static final class Brick implements Red {
    }

    private InstanceofChains() {
    }

    static String classify(Object o) {
        if (o == null) {
            return "null";
        } else if (o instanceof GrannySmith) {
            return "granny";
        } else if (o instanceof Apple) {
            return "apple";
        } else if (o instanceof Fruit) {
            return "fruit";
        } else if (o instanceof Food) {
            return "food";
        } else if (o instanceof Red) {
            return "red thing";
        } else if (o instanceof Edible[]) {
            return "edibles";
        } else if (o instanceof Object[]) {
            return "objects";
        } else if (o instanceof int[]) {
            return "ints";
        } else if (o instanceof String) {
            return "string";
        }
        return "other";
    }

    static int mask(Object o) {
        int m = 0;
        m |= o instanceof Edible ? 1 : 0;
        m |= o instanceof Fruit ? 2 : 0;
        m |= o instanceof Red ? 4 : 0;
        m |= o instanceof Food ? 8 : 0;
        m |= o instanceof Apple ? 16 : 0;
        m |= o instanceof Object ? 32 : 0;
        m |= o instanceof Object[] ? 64 : 0;
        m |= o instanceof Red[] ? 128 : 0;
        m |= o instanceof Apple[] ? 256 : 0;
        m |= o instanceof Object[][] ? 512 : 0;
        return m;
    }

    public static void main(String[] args) {
        Object[] things = {
            new Food(), new Apple(), new GrannySmith(), new Tomato(), new Brick(), null, "text", new Object(),
            new int[2], new long[1], new Apple[1], new GrannySmith[0], new Red[3], new Food[2], new Object[1],
            new Apple[1][], new Edible() {
            }, new Fruit() {
            }, new String[2][],
        };
        for (Object o : things) {
            Out.print(classify(o));
            Out.print(' ');
            Out.println(mask(o));
        }
        Food f = new GrannySmith();
        if (f instanceof Apple) {
            Apple a = (Apple) f;
            Out.print(a instanceof Red);
        }
        Red r = new Tomato();
        Out.print(r instanceof Food);
        Out.print(r instanceof Fruit);
        Out.println();
    }
}
