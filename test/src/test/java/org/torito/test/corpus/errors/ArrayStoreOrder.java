package org.torito.test.corpus.errors;

/**
 * The order of aastore's checks (JVMS §6.5): a null array first, then the index, then the element type, so
 * a wrong-typed value stored out of bounds is an ArrayIndexOutOfBoundsException.
 */
public class ArrayStoreOrder {
    public static void main(String[] args) {
        Object[] strings = new String[1];
        Object[] none = null;
        store(strings, 5, 1);
        store(strings, -1, 1);
        store(strings, 0, 1);
        store(none, 0, 1);
        store(none, 7, "s");
        store(strings, 1, "s");
        store(strings, 0, "ok");
        store(strings, 0, null);
        System.out.println(strings[0]);
        Object[][] nested = new Integer[2][];
        store(nested, 3, new String[0]);
        store(nested, 1, new String[0]);
    }

    static void store(Object[] array, int index, Object value) {
        try {
            array[index] = value;
            System.out.println("stored at " + index);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
