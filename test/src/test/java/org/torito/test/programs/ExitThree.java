package org.torito.test.programs;

import org.torito.kernel.Boot;
import org.torito.kernel.console.Console;

/** Prints a line and leaves the VM with exit code 3. */
public final class ExitThree {
    private ExitThree() {
    }

    public static void main(String[] args) {
        Console.println("leaving with 3");
        Boot.exit(3);
    }
}
