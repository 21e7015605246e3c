package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.List;

/**
 * Messages of the exceptions the VM itself throws, as collections code meets them: an array index out of bounds
 * inside an immutable list, a negative array size inside Arrays.copyOf, and an array store into a covariant array.
 */
public final class VmExceptionMessages {
    private VmExceptionMessages() {
    }

    public static void main(String[] args) {
        try {
            List.of(1, 2, 3, 4).get(4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            List.of().get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            Arrays.copyOf(new int[3], -1);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
        try {
            Object[] strings = List.of("a", "b").toArray(new String[0]);
            strings[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
    }
}
