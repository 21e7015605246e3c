package org.torito.bootimage.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Splits the serial console into program output and kernel log as the bytes arrive
 * ({@link GuestProtocol#KERNEL_LOG_MARKER}). A line that starts with the marker goes, without the marker and
 * with its {@code '\n'}, to the kernel log; every other byte goes to program output unchanged. Bytes are
 * passed on in the same {@link #write} call that brings them, so output streams while the guest runs, and a
 * line split across calls (a marker in one chunk, the rest in the next) is routed as a whole.
 *
 * <p>The state is where the previous byte left us: at the start of a line, inside a kernel-log line, or
 * inside a program line. Not thread-safe: one reader feeds it.
 */
public final class SerialDemultiplexer {
    private final OutputStream programOutput;
    private final OutputStream kernelLog;

    // Owned by the reading thread.
    /** Whether the next byte starts a line (true before the first byte). */
    private boolean atLineStart = true;
    /** Whether the current line began with the marker and so belongs to the kernel log. */
    private boolean inKernelLine;

    public SerialDemultiplexer(OutputStream programOutput, OutputStream kernelLog) {
        this.programOutput = programOutput;
        this.kernelLog = kernelLog;
    }

    /** Routes {@code bytes[offset, offset + length)}, writing each run of same-destination bytes at once. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int runStart = offset;
        boolean runIsKernel = inKernelLine;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (atLineStart && b == GuestProtocol.KERNEL_LOG_MARKER) {
                flushRun(bytes, runStart, i, runIsKernel);
                runStart = i + 1; // the marker itself goes nowhere
                runIsKernel = true;
                inKernelLine = true;
                atLineStart = false;
                continue;
            }
            if (inKernelLine != runIsKernel) {
                flushRun(bytes, runStart, i, runIsKernel);
                runStart = i;
                runIsKernel = inKernelLine;
            }
            atLineStart = b == '\n';
            if (atLineStart) {
                inKernelLine = false;
            }
        }
        flushRun(bytes, runStart, end, runIsKernel);
    }

    public void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** Flushes both destinations, so that a reader sees what has been routed so far. */
    public void flush() throws IOException {
        programOutput.flush();
        kernelLog.flush();
    }

    /**
     * {@code serialLog} with the markers taken out and everything else in order: the whole console as a
     * person reads it, for the report of a failed boot.
     */
    public static byte[] withoutMarkers(byte[] serialLog) {
        ByteArrayOutputStream both = new ByteArrayOutputStream(serialLog.length);
        try {
            new SerialDemultiplexer(both, both).write(serialLog);
        } catch (IOException e) {
            throw new IllegalStateException("ByteArrayOutputStream does not throw", e);
        }
        return both.toByteArray();
    }

    private void flushRun(byte[] bytes, int from, int to, boolean toKernelLog) throws IOException {
        if (to > from) {
            (toKernelLog ? kernelLog : programOutput).write(bytes, from, to - from);
        }
    }
}
