package org.torito.kernel.io;

import java.io.FileDescriptor;
import java.io.IOException;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code FileOutputStream} over {@link StandardStreams}: System.out and System.err reach the console. */
@TargetClass("java.io.FileOutputStream")
final class Target_java_io_FileOutputStream {
    @Alias
    private FileDescriptor fd;

    private Target_java_io_FileOutputStream() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name, boolean append) throws IOException {
        throw StandardStreams.noFileSystem(name);
    }

    @Substitute
    private void write(int b, boolean append) throws IOException {
        StandardStreams.write(((Target_java_io_FileDescriptor) (Object) fd).fd, new byte[] {(byte) b}, 0, 1);
    }

    @Substitute
    private void writeBytes(byte[] b, int off, int len, boolean append) throws IOException {
        StandardStreams.write(((Target_java_io_FileDescriptor) (Object) fd).fd, b, off, len);
    }
}
