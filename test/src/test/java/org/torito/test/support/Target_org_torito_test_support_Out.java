package org.torito.test.support;

import org.torito.kernel.console.Console;
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

    @Substitute
    public static void println() {
        Console.println();
    }
}
