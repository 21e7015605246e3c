package org.torito.test.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * How differential test programs print, the same on HotSpot and on Torito: on HotSpot to standard output
 * (or a stream a test redirects it to) as UTF-8; in a Torito image, through the substitution
 * {@link Target_org_torito_test_support_Out}, to the serial console. Until the class library lands, test
 * programs use this instead of {@code System.out}, and avoid string concatenation (invokedynamic).
 */
public final class Out {
    /** Where HotSpot output goes; created on first use (a static initializer would need class init). */
    private static PrintStream sink;

    private Out() {
    }

    /** Sends HotSpot output to {@code stream} (for tests that compare it); null restores stdout. */
    public static void redirect(PrintStream stream) {
        sink = stream;
    }

    private static PrintStream sink() {
        if (sink == null) {
            sink = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        }
        return sink;
    }

    public static void print(String s) {
        sink().print(s);
    }

    public static void print(long value) {
        sink().print(value);
    }

    public static void print(int value) {
        sink().print(value);
    }

    public static void print(char c) {
        sink().print(c);
    }

    public static void print(boolean value) {
        sink().print(value);
    }

    /**
     * {@code value} as {@code Float.floatToIntBits} gives it (every NaN as 0x7fc00000), in hex: {@code 0x}
     * and eight lowercase digits. Exact, and it needs no {@code Float.toString} on Torito.
     */
    public static void print(float value) {
        sink().print(String.format("0x%08x", Float.floatToIntBits(value)));
    }

    /** {@code value} as {@code Double.doubleToLongBits} gives it, in hex: {@code 0x} and sixteen digits. */
    public static void print(double value) {
        sink().print(String.format("0x%016x", Double.doubleToLongBits(value)));
    }

    public static void println() {
        sink().print('\n');
    }

    public static void println(String s) {
        print(s);
        println();
    }

    public static void println(long value) {
        print(value);
        println();
    }

    public static void println(boolean value) {
        print(value);
        println();
    }

    public static void println(int value) {
        print(value);
        println();
    }

    public static void println(float value) {
        print(value);
        println();
    }

    public static void println(double value) {
        print(value);
        println();
    }
}
