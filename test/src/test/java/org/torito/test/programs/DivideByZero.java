package org.torito.test.programs;

import org.torito.kernel.console.Console;

/** Divides by zero in a method of its own: an ArithmeticException nobody catches. */
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
