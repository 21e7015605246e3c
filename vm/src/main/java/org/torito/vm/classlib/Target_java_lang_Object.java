package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.Allocation;
import org.torito.vm.runtime.IdentityHash;

/** {@code java.lang.Object}'s natives that the runtime provides: identity hash codes, classes, copies. */
@TargetClass("java.lang.Object")
final class Target_java_lang_Object {
    private Target_java_lang_Object() {
    }

    @Substitute
    public int hashCode() {
        return IdentityHash.of(this);
    }

    /** The class object the image writer made for the type and linked from its type information block. */
    @Substitute(name = "getClass")
    public Class<?> typeOf() {
        long tib = Magic.loadLong(Magic.objectAddress(this) + ObjectLayout.TIB_OFFSET);
        return (Class<?>) Magic.toObject(Magic.loadLong(tib + TibLayout.CLASS_OBJECT));
    }

    /**
     * A shallow copy (JLS §15.10.2, Object.clone): same type, fields or elements copied, a status word of its
     * own (so its own identity hash); CloneNotSupportedException naming the class unless it is Cloneable.
     */
    @Substitute
    protected Object clone() throws CloneNotSupportedException {
        if (!(((Object) this) instanceof Cloneable)) {
            throw new CloneNotSupportedException(getClass().getName());
        }
        long from = Magic.objectAddress(this);
        long tib = Magic.loadLong(from + ObjectLayout.TIB_OFFSET);
        Object copy;
        int start;
        long bytes;
        if (Magic.loadInt(tib + TibLayout.KIND) == TibLayout.KIND_ARRAY) {
            int length = Magic.loadInt(from + ObjectLayout.ARRAY_LENGTH_OFFSET);
            int elementBytes = Magic.loadInt(tib + TibLayout.ELEMENT_SIZE);
            copy = Allocation.newArray(tib, length, elementBytes);
            start = ObjectLayout.ARRAY_ELEMENTS_OFFSET;
            bytes = (long) elementBytes * length;
        } else {
            int size = Magic.loadInt(tib + TibLayout.INSTANCE_SIZE);
            copy = Allocation.newObject(tib, size);
            start = ObjectLayout.HEADER_BYTES;
            bytes = size - ObjectLayout.HEADER_BYTES;
        }
        Magic.moveMemory(Magic.objectAddress(copy) + start, from + start, bytes);
        return copy;
    }

    /** One thread: nobody waits on any monitor, so there is nobody to wake. */
    @Substitute(name = "notify")
    public void notifyOne() {
    }

    @Substitute(name = "notifyAll")
    public void notifyEveryone() {
    }

    /**
     * One thread: nobody can notify, so a timed wait waits its time out, and an untimed one would wait
     * forever: instead of hanging (or spinning through spurious wakeups in the caller's loop) it fails,
     * saying so. (Thread.join of a daemon thread started in an image is one such wait: it never runs.)
     */
    @Substitute(name = "wait")
    public void waitFor(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (timeoutMillis == 0) {
            throw new InternalError("deadlock: thread \"" + Thread.currentThread().getName()
                    + "\" waits with no other thread to notify it (Torito runs one thread until its scheduler lands)");
        }
        JavaThreads.sleep(timeoutMillis);
    }
}
