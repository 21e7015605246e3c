package org.torito.test.support;

import org.torito.kernel.console.Console;
import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@link Out} in a Torito image: the serial console. */
@TargetClass("org.torito.test.support.Out")
final class Target_org_torito_test_support_Out {
    private Target_org_torito_test_support_Out() {
    }

    @Substitute
    public static void print(String s) {
        Console.print(s);
    }

    @Substitute
    public static void print(long value) {
        Console.print(value);
    }

    @Substitute
    public static void print(int value) {
        Console.print(value);
    }

    @Substitute
    public static void print(char c) {
        Console.printChar(c);
    }

    @Substitute
    public static void print(boolean value) {
        Console.print(value ? "true" : "false");
    }

    /** Float.floatToIntBits: any NaN (all exponent bits set, a nonzero fraction) prints as the one NaN. */
    @Substitute
    public static void print(float value) {
        int bits = Magic.floatToRawIntBits(value);
        if ((bits & 0x7FFF_FFFF) > 0x7F80_0000) {
            bits = 0x7FC0_0000;
        }
        Console.printHex(bits, 8);
    }

    /** Double.doubleToLongBits: any NaN prints as the one NaN. */
    @Substitute
    public static void print(double value) {
        long bits = Magic.doubleToRawLongBits(value);
        if ((bits & 0x7FFF_FFFF_FFFF_FFFFL) > 0x7FF0_0000_0000_0000L) {
            bits = 0x7FF8_0000_0000_0000L;
        }
        Console.printHex(bits, 16);
    }

    @Substitute
    public static void println() {
        Console.println();
    }
}
