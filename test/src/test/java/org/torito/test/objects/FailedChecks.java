package org.torito.test.objects;

import org.torito.test.support.Out;

/**
 * Fails one JVM check, chosen by a static field the test sets through the program's entry class: until
 * exceptions are compiled, each must stop the VM naming the Java exception and the method.
 */
public final class FailedChecks {
    static final class Holder {
        int value;
    }

    private FailedChecks() {
    }

    /** Dereferences null in a method of its own. */
    static int readField(Holder h) {
        return h.value;
    }

    static int readElement(int[] a, int i) {
        return a[i];
    }

    static Holder cast(Object o) {
        return (Holder) o;
    }

    /** Entry for the null check. */
    public static final class NullField {
        public static void main(String[] args) {
            Out.println("before");
            Out.println(readField(null));
        }
    }

    /** Entry for the bounds check. */
    public static final class IndexOutOfBounds {
        public static void main(String[] args) {
            Out.println(readElement(new int[3], 5));
        }
    }

    /** Entry for the cast check. */
    public static final class BadCast {
        public static void main(String[] args) {
            Out.println(cast("a string").value);
        }
    }
}
