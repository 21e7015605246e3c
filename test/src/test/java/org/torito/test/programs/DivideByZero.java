package org.torito.test.programs;

import org.torito.kernel.console.Console;

/**
 * Divides by zero in a method of its own: until ArithmeticException exists this is a CPU exception (#DE),
 * and the panic report must name {@link #divide}.
 */
public final class DivideByZero {
    private static int zero;

    private DivideByZero() {
    }

    public static void main(String[] args) {
        Console.println("dividing by zero");
        Console.print(divide(42, zero));
        Console.println();
    }

    static int divide(int a, int b) {
        return a / b;
    }
}
