package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A user class whose method shares its name and descriptor, get(I)Ljava/lang/Object;, with java.util.List's:
 * the program calls no JDK method, so the image must not need any JDK implementation of that selector.
 */
public final class SelectorCollision {
    static final class Shelf {
        private final Object[] slots = new Object[3];

        Object get(int i) {
            return slots[i];
        }

        void put(int i, Object o) {
            slots[i] = o;
        }
    }

    private SelectorCollision() {
    }

    public static void main(String[] args) {
        Shelf shelf = new Shelf();
        shelf.put(1, "book");
        Out.print(shelf.get(0) == null);
        Out.println();
        Out.println((String) shelf.get(1));
    }
}
