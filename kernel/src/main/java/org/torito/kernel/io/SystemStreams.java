package org.torito.kernel.io;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Connects {@code System.in}, {@code out} and {@code err} to descriptors 0, 1 and 2 as the JDK's
 * {@code System.initPhase1} does: print streams over 128-byte buffers that flush at every line, encoding
 * UTF-8 (the image's {@code file.encoding}).
 */
public final class SystemStreams {
    private SystemStreams() {
    }

    public static void install() {
        System.setIn(new java.io.BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(printStream(FileDescriptor.out));
        System.setErr(printStream(FileDescriptor.err));
    }

    private static PrintStream printStream(FileDescriptor descriptor) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor), 128), true,
                StandardCharsets.UTF_8);
    }
}
