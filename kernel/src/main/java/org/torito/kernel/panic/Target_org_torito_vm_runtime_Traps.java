package org.torito.kernel.panic;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Wires the runtime's fatal traps to the kernel's panic: the VM cannot depend on the kernel itself. */
@TargetClass("org.torito.vm.runtime.Traps")
final class Target_org_torito_vm_runtime_Traps {
    private Target_org_torito_vm_runtime_Traps() {
    }

    @Substitute
    public static void fatal(String what, String label1, long value1, String label2, long value2,
                             boolean valuesAreTypes, long returnAddress) {
        Panic.fatal(what, label1, value1, label2, value2, valuesAreTypes, returnAddress);
    }
}
