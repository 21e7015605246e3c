package org.torito.kernel.boot;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** How {@code System.exit} and {@code Runtime.halt} leave the machine: QEMU's debug-exit device. */
@TargetClass("java.lang.Shutdown")
final class Target_java_lang_Shutdown {
    private Target_java_lang_Shutdown() {
    }

    /** HotSpot stops its JFR and statistics here; an image has none. */
    @Substitute
    static void beforeHalt() {
    }

    @Substitute
    static void halt0(int status) {
        DebugExit.exit(status);
    }
}
