package org.torito.test.programs;

import org.torito.kernel.console.Console;
import org.torito.vm.Magic;

/** Reads memory the page tables do not map (above 4 GiB): a CPU exception the panic report must name. */
public final class PageFault {
    private static long where;

    private PageFault() {
    }

    public static void main(String[] args) {
        Console.println("reading unmapped memory");
        where = 1L << 40;
        Console.print(read(where));
        Console.println();
    }

    static long read(long address) {
        return Magic.loadLong(address);
    }
}
