package org.torito.kernel.boot;

import org.torito.kernel.console.Console;
import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.StringLayout;

/**
 * The kernel's own options: the words of the command line before the first {@code --} (the program's
 * arguments come after it, see {@link CommandLine}), read before the heap exists, so without allocating.
 *
 * <pre>
 *   heap=SIZE     cap the Java heap at SIZE bytes (a k, m or g suffix multiplies by 2^10, 2^20, 2^30), 1m at least
 *   gc.verbose    one log line per garbage collection
 *   gc.verify     check the heap after each collection (slow; for debugging the collector)
 * </pre>
 * An unknown or malformed option stops the boot with a message naming it: a typo must not go unnoticed.
 */
public final class KernelOptions {
    /** Exit status when the options are wrong (as the launcher's for bad usage). */
    public static final int EXIT_BAD_OPTION = 2;

    /** The JDK's own startup needs about this much. */
    private static final long MIN_HEAP_BYTES = 1 << 20;

    private static long heapBytes;
    private static boolean verboseGc;
    private static boolean verifyHeap;

    private KernelOptions() {
    }

    /** The heap cap in bytes, or 0 for all the memory after the image. */
    public static long heapBytes() {
        return heapBytes;
    }

    public static boolean verboseGc() {
        return verboseGc;
    }

    public static boolean verifyHeap() {
        return verifyHeap;
    }

    /** Reads the options of the NUL-terminated command line at {@code line} (none when 0), at most {@code max} bytes. */
    public static void read(long line, int max) {
        if (line == 0) {
            return;
        }
        int end = CommandLine.length(line, max);
        int i = 0;
        while (true) {
            while (i < end && CommandLine.isBlank((char) Magic.loadByte(line + i))) {
                i++;
            }
            if (i == end) {
                return;
            }
            long word = line + i;
            int length = 0;
            while (i < end && !CommandLine.isBlank((char) Magic.loadByte(line + i))) {
                i++;
                length++;
            }
            if (is(word, length, "--")) {
                return;
            } else if (is(word, length, "gc.verbose")) {
                verboseGc = true;
            } else if (is(word, length, "gc.verify")) {
                verifyHeap = true;
            } else if (length > 5 && is(word, 5, "heap=")) {
                heapBytes = size(word + 5, length - 5);
                if (heapBytes < MIN_HEAP_BYTES) {
                    reject(word, length, "heap=SIZE needs a whole number of bytes, or of k, m or g, of at least 1m,"
                            + " as in heap=64m");
                }
            } else {
                reject(word, length, "the kernel's options are heap=SIZE, gc.verbose and gc.verify; the program's"
                        + " arguments go after --");
            }
        }
    }

    /**
     * Whether the {@code length} bytes at {@code word} are {@code literal}, an ASCII image string. Read
     * through the string layout: String's methods need String initialized, which needs the heap.
     */
    private static boolean is(long word, int length, String literal) {
        long value = Magic.loadLong(Magic.objectAddress(literal) + StringLayout.VALUE_OFFSET);
        if (length != Magic.loadInt(value + ObjectLayout.ARRAY_LENGTH_OFFSET)) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (Magic.loadByte(word + k) != Magic.loadByte(value + ObjectLayout.ARRAY_ELEMENTS_OFFSET + k)) {
                return false;
            }
        }
        return true;
    }

    /** The size {@code digits[k|m|g]} in bytes, or -1 when malformed or above 2^40. */
    private static long size(long text, int length) {
        long value = 0;
        int shift = 0;
        for (int k = 0; k < length; k++) {
            int c = Magic.loadByte(text + k);
            if (c >= '0' && c <= '9' && value < (1L << 40)) {
                value = value * 10 + (c - '0');
            } else if (k == length - 1 && k > 0 && (c == 'k' || c == 'K' || c == 'm' || c == 'M' || c == 'g'
                    || c == 'G')) {
                shift = c == 'k' || c == 'K' ? 10 : c == 'm' || c == 'M' ? 20 : 30;
            } else {
                return -1;
            }
        }
        return value > (1L << 40) >>> shift ? -1 : value << shift;
    }

    private static void reject(long word, int length, String hint) {
        Console.beginLog();
        Console.print("bad kernel option '");
        for (int k = 0; k < length; k++) {
            Console.writeByte(Magic.loadByte(word + k));
        }
        Console.print("': ");
        Console.print(hint);
        Console.println();
        DebugExit.exit(EXIT_BAD_OPTION);
    }
}
