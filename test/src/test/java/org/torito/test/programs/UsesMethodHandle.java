package org.torito.test.programs;

import java.lang.invoke.MethodHandle;

/** Reaches a MethodHandle invocation: the image build must name the call and where it is. */
public final class UsesMethodHandle {
    private UsesMethodHandle() {
    }

    static int twice(MethodHandle handle) throws Throwable {
        return (int) handle.invokeExact(21);
    }

    public static void main(String[] args) throws Throwable {
        System.out.println(twice(null));
    }
}
