package org.torito.test.programs;

import java.io.Serializable;

/**
 * Reaches a serializable lambda (invokedynamic through {@code altMetafactory} with the serializable flag,
 * which the image cannot support: it has no serialization): the image build must say where.
 */
public final class UsesSerializableLambda {
    private static int count;

    private UsesSerializableLambda() {
    }

    public static void main(String[] args) {
        if (count == 1) {
            describe();
        }
    }

    static void describe() {
        Runnable r = (Runnable & Serializable) () -> count++;
        r.run();
    }
}
