package org.torito.kernel.io;

import java.io.IOException;
import org.torito.kernel.console.Console;

/** What the standard file descriptors 0, 1 and 2 are connected to. */
final class StandardStreams {
    static final int IN = 0;
    static final int OUT = 1;
    static final int ERR = 2;

    private StandardStreams() {
    }

    /** Writes {@code length} bytes of {@code bytes} from {@code offset} to descriptor {@code fd}. */
    static void write(int fd, byte[] bytes, int offset, int length) throws IOException {
        if (fd != OUT && fd != ERR) {
            throw new IOException("file descriptor " + fd + " is not open for writing (only 1 and 2 are)");
        }
        if (offset < 0 || length < 0 || length > bytes.length - offset) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array length "
                    + bytes.length);
        }
        for (int i = 0; i < length; i++) {
            Console.writeByte(bytes[offset + i]);
        }
    }

    /** Standard input has no source yet: it is at its end, as if redirected from an empty file. */
    static int read(int fd) throws IOException {
        if (fd != IN) {
            throw new IOException("file descriptor " + fd + " is not open for reading (only 0 is)");
        }
        return -1;
    }

    static IOException noFileSystem(String path) {
        return new java.io.FileNotFoundException(path + " (no file system in a Torito image yet)");
    }
}
