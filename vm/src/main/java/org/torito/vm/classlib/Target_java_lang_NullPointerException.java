package org.torito.vm.classlib;

import org.torito.vm.annotation.Inject;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.CodeMap;

/**
 * HotSpot's helpful messages (JEP 358) for the NullPointerExceptions of failed null checks: the exception
 * keeps the return address of the check's trap call ({@link NullPointerExceptions}), and the message the
 * image writer worded for that check is looked up in the method table when it is first asked for, as HotSpot
 * computes it then from the bytecode. An exception that code makes ({@code new NullPointerException()}) has
 * no address, so no message, as on HotSpot.
 */
@TargetClass("java.lang.NullPointerException")
final class Target_java_lang_NullPointerException {
    /** The return address of the trap call of the null check that failed; 0 when code made the exception. */
    @Inject
    long nullCheckReturnAddress;

    private Target_java_lang_NullPointerException() {
    }

    @Substitute
    private String getExtendedNPEMessage() {
        if (nullCheckReturnAddress == 0) {
            return null;
        }
        long entry = CodeMap.find(nullCheckReturnAddress - 1);
        return entry == 0 ? null : CodeMap.nullCheckMessage(entry, nullCheckReturnAddress);
    }
}
