package org.torito.test.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * How the older differential test programs print: standard output as UTF-8, through a print stream over
 * {@code FileDescriptor.out} of its own (so the JDK's file streams are exercised beside {@code System.out}),
 * plus {@code float} and {@code double} as their exact bit patterns. New programs use {@code System.out}.
 */
public final class Out {
    private static final PrintStream SINK =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private Out() {
    }

    private static PrintStream sink() {
        return SINK;
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
