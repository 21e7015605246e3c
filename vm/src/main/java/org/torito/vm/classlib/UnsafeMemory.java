package org.torito.vm.classlib;

import org.torito.vm.Magic;

/** How {@code Unsafe} names memory: a field or element at an offset in an object, or an absolute address. */
final class UnsafeMemory {
    private UnsafeMemory() {
    }

    /** The address that (o, offset) names: in o, or absolute memory when o is null. */
    static long at(Object o, long offset) {
        return o == null ? offset : Magic.objectAddress(o) + offset;
    }

    /** Throws {@code t}, checked or not, without declaring it (what {@code Unsafe.throwException} does). */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
        throw (T) t;
    }
}
