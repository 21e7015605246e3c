package org.torito.kernel.io;

import java.io.FileDescriptor;
import java.io.IOException;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code FileInputStream} over {@link StandardStreams}: System.in, empty until the console reads input. */
@TargetClass("java.io.FileInputStream")
final class Target_java_io_FileInputStream {
    @Alias
    private FileDescriptor fd;

    private Target_java_io_FileInputStream() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name) throws IOException {
        throw StandardStreams.noFileSystem(name);
    }

    @Substitute
    private int read0() throws IOException {
        return StandardStreams.read(((Target_java_io_FileDescriptor) (Object) fd).fd);
    }

    @Substitute
    private int readBytes(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        return StandardStreams.read(((Target_java_io_FileDescriptor) (Object) fd).fd);
    }

    @Substitute
    private long length0() throws IOException {
        throw new IOException("standard input has no length");
    }

    @Substitute
    private long position0() throws IOException {
        throw new IOException("standard input has no position");
    }

    @Substitute
    private long skip0(long n) throws IOException {
        return 0;
    }

    @Substitute
    private int available0() throws IOException {
        return 0;
    }
}
