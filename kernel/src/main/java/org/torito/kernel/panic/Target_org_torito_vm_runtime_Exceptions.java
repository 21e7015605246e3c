package org.torito.kernel.panic;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Wires the runtime's report of an uncaught exception to the kernel's console and exit. */
@TargetClass("org.torito.vm.runtime.Exceptions")
final class Target_org_torito_vm_runtime_Exceptions {
    private Target_org_torito_vm_runtime_Exceptions() {
    }

    @Substitute
    public static void uncaught(Throwable exception) {
        Panic.uncaught(exception);
    }
}
