package org.torito.kernel.io;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** File descriptors are plain numbers: no Windows handles, no append mode to ask the OS about. */
@TargetClass("java.io.FileDescriptor")
final class Target_java_io_FileDescriptor {
    @Alias
    int fd; // private in the JDK; package access for the stream substitutions

    private Target_java_io_FileDescriptor() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private static long getHandle(int d) {
        return -1;
    }

    @Substitute
    private static boolean getAppend(int fd) {
        return false;
    }

    /** Closing a standard stream leaves the console as it is; the descriptor is marked closed by the JDK. */
    @Substitute
    private void close0() {
        fd = -1;
    }
}
