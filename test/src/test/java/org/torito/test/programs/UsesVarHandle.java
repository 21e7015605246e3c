package org.torito.test.programs;

import java.util.concurrent.atomic.AtomicReference;

/** Reaches a VarHandle invocation (AtomicReference): the image build must name the call and where it is. */
public final class UsesVarHandle {
    private UsesVarHandle() {
    }

    public static void main(String[] args) {
        new AtomicReference<>("x").compareAndSet("x", "y");
    }
}
