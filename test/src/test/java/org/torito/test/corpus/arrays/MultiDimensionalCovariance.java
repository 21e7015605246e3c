package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Covariance of arrays with several dimensions (JVMS 6.5 checkcast, instanceof, aastore): String[][] seen
 * as Object[][], Object[] and Object; int[][] seen as Object[] whose elements are int[]; stores checked
 * against the runtime element type at the outer and the inner level; casts that succeed and fail between
 * dimensions and element types, and arrays of interface type.
 */
public final class MultiDimensionalCovariance {
    interface Named {
        String name();
    }

    static class Animal implements Named {
        @Override
        public String name() {
            return "animal";
        }
    }

    static final class Cat extends Animal {
        @Override
        public String name() {
            return "cat";
        }
    }

    private static int rows;

    private MultiDimensionalCovariance() {
    }

    static String store(Object[] array, int index, Object value) {
        try {
            array[index] = value;
            return "stored";
        } catch (ArrayStoreException e) {
            return "ASE";
        } catch (ArrayIndexOutOfBoundsException e) {
            return "AIOOBE";
        }
    }

    static String cast(Object o, int kind) {
        try {
            switch (kind) {
                case 0:
                    return ((Object[]) o).length >= 0 ? "Object[]" : "";
                case 1:
                    return ((Object[][]) o).length >= 0 ? "Object[][]" : "";
                case 2:
                    return ((String[][]) o).length >= 0 ? "String[][]" : "";
                case 3:
                    return ((int[][]) o).length >= 0 ? "int[][]" : "";
                case 4:
                    return ((Named[][]) o).length >= 0 ? "Named[][]" : "";
                case 5:
                    return ((Cat[][]) o).length >= 0 ? "Cat[][]" : "";
                default:
                    return ((long[][][]) o).length >= 0 ? "long[][][]" : "";
            }
        } catch (ClassCastException e) {
            return "CCE";
        }
    }

    public static void main(String[] args) {
        rows = 2;

        String[][] strings = new String[rows][3];
        Object[][] asObjects = strings;
        Object[] flat = strings;
        Out.println(store(asObjects[0], 1, "text"));
        Out.println(strings[0][1]);
        Out.println(store(asObjects[0], 2, new Animal()));
        Out.println(store(flat, 1, new String[5]));
        Out.println(strings[1].length);
        Out.println(store(flat, 0, new Object[2]));
        Out.println(store(flat, 0, new int[2]));
        Out.println(store(flat, 0, null));
        Out.println(strings[0] == null);
        Out.println(store(flat, rows, new String[1]));

        int[][] ints = new int[rows][rows];
        Object[] intRows = ints;
        Out.println(store(intRows, 1, new int[7]));
        Out.println(ints[1].length);
        Out.println(store(intRows, 1, new long[7]));
        Out.println(store(intRows, 1, new int[1][1]));

        Animal[][] zoo = new Cat[rows][rows];
        Out.println(store(zoo[0], 0, new Cat()));
        Out.println(store(zoo[0], 1, new Animal()));
        Out.println(store(zoo, 1, new Animal[1]));
        Out.println(store(zoo, 1, new Cat[1]));
        Named[][] named = zoo;
        Out.println(named[0][0].name());

        Object[] candidates = {strings, ints, zoo, new Named[1][1], new Object[1][1], new long[1][1][1],
            new int[1], new Object[1], new Animal[1][1]};
        for (Object o : candidates) {
            for (int kind = 0; kind <= 6; kind++) {
                Out.print(cast(o, kind));
                Out.print(' ');
            }
            Out.println();
        }
        Object cats = zoo;
        Out.print(cats instanceof Named[][]);
        Out.print(cats instanceof Animal[][]);
        Out.print(cats instanceof Cat[][]);
        Out.print(cats instanceof Object[][]);
        Out.print(cats instanceof Object[][][]);
        Out.print(ints instanceof Object);
        Object intGrid = ints;
        Out.print(intGrid instanceof Object[]);
        Out.print(intGrid instanceof long[][]);
        Out.println();
    }
}
