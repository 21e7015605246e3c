package org.torito.kernel.console;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.StringLayout;

/**
 * The serial console: program output and kernel log on COM1.
 *
 * <p>Kernel log lines start with {@link #LOG_MARKER}; the host launcher sends them to its log stream and
 * everything else to the program's stdout, so a program's output stays exactly what it printed. Strings are
 * read through {@link StringLayout} (the console must work before the class library does) and sent as
 * UTF-8; a lone surrogate prints as '?', as Java's UTF-8 encoder prints it.
 */
public final class Console {
    /** First byte of a kernel log line (ASCII record separator); never part of program output. */
    public static final int LOG_MARKER = 0x1E;

    private static final int PORT = Uart.COM1;

    private Console() {
    }

    public static void init() {
        Uart.init(PORT);
    }

    /** Starts a kernel log line; end it with {@link #println()}. */
    public static void beginLog() {
        Uart.write(PORT, LOG_MARKER);
    }

    /** A whole kernel log line. */
    public static void log(String line) {
        beginLog();
        print(line);
        println();
    }

    public static void println() {
        Uart.write(PORT, '\n');
    }

    public static void println(String s) {
        print(s);
        println();
    }

    /** Sends one byte as it is: for output a program has encoded already (System.out). */
    public static void writeByte(int b) {
        Uart.write(PORT, b & 0xFF);
    }

    /** Prints {@code c} (a UTF-16 code unit) as UTF-8; unpaired surrogates print as '?'. */
    public static void printChar(int c) {
        if (c < 0x80) {
            Uart.write(PORT, c);
        } else if (c < 0x800) {
            Uart.write(PORT, 0xC0 | (c >> 6));
            Uart.write(PORT, 0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            Uart.write(PORT, '?');
        } else {
            Uart.write(PORT, 0xE0 | (c >> 12));
            Uart.write(PORT, 0x80 | ((c >> 6) & 0x3F));
            Uart.write(PORT, 0x80 | (c & 0x3F));
        }
    }

    public static void print(String s) {
        if (s == null) {
            print("null");
            return;
        }
        long string = Magic.objectAddress(s);
        long value = Magic.loadLong(string + StringLayout.VALUE_OFFSET);
        int length = Magic.loadInt(value + ObjectLayout.ARRAY_LENGTH_OFFSET);
        long chars = value + ObjectLayout.ARRAY_ELEMENTS_OFFSET;
        if (Magic.loadByte(string + StringLayout.CODER_OFFSET) == StringLayout.LATIN1) {
            for (int i = 0; i < length; i++) {
                printChar(Magic.loadByte(chars + i) & 0xFF);
            }
        } else {
            int count = length / 2;
            for (int i = 0; i < count; i++) {
                char c = Magic.loadChar(chars + 2L * i);
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < count) {
                    char low = Magic.loadChar(chars + 2L * (i + 1));
                    if (low >= 0xDC00 && low <= 0xDFFF) { // a surrogate pair: one code point, four UTF-8 bytes
                        printCodePoint(0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
                        i++;
                        continue;
                    }
                }
                printChar(c);
            }
        }
    }

    /** A supplementary code point (U+10000 and up) as its four UTF-8 bytes. */
    private static void printCodePoint(int codePoint) {
        Uart.write(PORT, 0xF0 | (codePoint >> 18));
        Uart.write(PORT, 0x80 | ((codePoint >> 12) & 0x3F));
        Uart.write(PORT, 0x80 | ((codePoint >> 6) & 0x3F));
        Uart.write(PORT, 0x80 | (codePoint & 0x3F));
    }

    /** Prints a NUL-terminated byte string at {@code address} (a boot loader's command line), at most max bytes. */
    public static void printCString(long address, int max) {
        for (int i = 0; i < max; i++) {
            int b = Magic.loadByte(address + i) & 0xFF;
            if (b == 0) {
                return;
            }
            printChar(b);
        }
    }

    /** {@code value} in decimal. */
    public static void print(long value) {
        if (value < 0) {
            Uart.write(PORT, '-');
            printNegative(value);
        } else {
            printNegative(-value);
        }
    }

    /** Prints -value for value <= 0, so Long.MIN_VALUE needs no special case. */
    private static void printNegative(long value) {
        if (value <= -10) {
            printNegative(value / 10);
        }
        Uart.write(PORT, '0' - (int) (value % 10));
    }

    /** {@code value} as 0x followed by {@code digits} hex digits. */
    public static void printHex(long value, int digits) {
        Uart.write(PORT, '0');
        Uart.write(PORT, 'x');
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            int digit = (int) (value >>> shift) & 0xF;
            Uart.write(PORT, digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }
}
