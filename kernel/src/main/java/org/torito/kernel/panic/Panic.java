package org.torito.kernel.panic;

import org.torito.kernel.Boot;
import org.torito.kernel.boot.DebugExit;
import org.torito.kernel.console.Console;
import org.torito.vm.Magic;
import org.torito.vm.classlib.JavaThreads;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.CodeMap;
import org.torito.vm.runtime.Exceptions;
import org.torito.vm.runtime.Frames;

/**
 * The last words of the kernel: a report of an unexpected CPU exception with the Java method it happened in,
 * the registers and the Java frames above it, then exit with {@link DebugExit#PANIC_EXIT_CODE}.
 */
public final class Panic {
    private static final int MAX_FRAMES = 32;
    private static final int MAX_NAME_BYTES = 1024;

    private Panic() {
    }

    /** Called by the exception stubs with the address of an {@link InterruptFrame}; never returns. */
    public static void cpuException(long frame) {
        int vector = (int) Magic.loadLong(frame + InterruptFrame.VECTOR);
        long rip = Magic.loadLong(frame + InterruptFrame.RIP);
        Console.println();
        Console.print("PANIC: CPU exception ");
        Console.print(vector);
        Console.print(" (");
        Console.print(exceptionName(vector));
        Console.print(") error code ");
        Console.printHex(Magic.loadLong(frame + InterruptFrame.ERROR_CODE), 4);
        Console.println();
        Console.print("  in ");
        printMethod(rip);
        if (CodeMap.find(rip) != 0) {
            Console.print(" ");
            printSourceLine(CodeMap.find(rip), rip);
        }
        Console.print(" at rip ");
        Console.printHex(rip, 16);
        Console.println();
        printRegisters(frame);
        printStack(Magic.loadLong(frame + InterruptFrame.RBP));
        DebugExit.exit(DebugExit.PANIC_EXIT_CODE);
    }

    /**
     * A failed JVM check that cannot be thrown yet: names the exception, its details and the method whose
     * check failed (the code that returns to {@code returnAddress}), then the Java frames. Never returns.
     */
    public static void fatal(String what, String label1, long value1, String label2, long value2,
                             boolean valuesAreTypes, long returnAddress) {
        Console.println();
        Console.print("PANIC: ");
        Console.print(what);
        detail(label1, value1, valuesAreTypes);
        detail(label2, value2, valuesAreTypes);
        Console.println();
        Console.print("  in ");
        printMethod(returnAddress - 1);
        Console.println();
        printStack(Magic.framePointer());
        DebugExit.exit(DebugExit.PANIC_EXIT_CODE);
    }

    /** A labelled value; a type information block is printed by its type's name. */
    private static void detail(String label, long value, boolean isType) {
        if (label == null) {
            return;
        }
        Console.print(" (");
        Console.print(label);
        Console.print(" ");
        if (isType) {
            Console.printCString(Magic.loadLong(value), MAX_NAME_BYTES);
        } else {
            Console.print(value);
        }
        Console.print(")");
    }

    private static void printRegisters(long frame) {
        register(frame, "rax", InterruptFrame.RAX);
        register(frame, "rbx", InterruptFrame.RBX);
        register(frame, "rcx", InterruptFrame.RCX);
        register(frame, "rdx", InterruptFrame.RDX);
        Console.println();
        register(frame, "rsi", InterruptFrame.RSI);
        register(frame, "rdi", InterruptFrame.RDI);
        register(frame, "rbp", InterruptFrame.RBP);
        register(frame, "rsp", InterruptFrame.RSP);
        Console.println();
        register(frame, "r8 ", InterruptFrame.R8);
        register(frame, "r9 ", InterruptFrame.R9);
        register(frame, "r10", InterruptFrame.R10);
        register(frame, "r11", InterruptFrame.R11);
        Console.println();
        register(frame, "r12", InterruptFrame.R12);
        register(frame, "r13", InterruptFrame.R13);
        register(frame, "r14", InterruptFrame.R14);
        register(frame, "r15", InterruptFrame.R15);
        Console.println();
        register(frame, "rflags", InterruptFrame.RFLAGS);
        register(frame, "cs", InterruptFrame.CS);
        register(frame, "ss", InterruptFrame.SS);
        Console.println();
    }

    private static void register(long frame, String name, int offset) {
        Console.print("  ");
        Console.print(name);
        Console.print("=");
        Console.printHex(Magic.loadLong(frame + offset), 16);
    }

    /** Follows the frame-pointer chain while return addresses point into compiled code. */
    private static void printStack(long framePointer) {
        Console.println("  Java frames:");
        long fp = framePointer;
        for (int i = 0; i < MAX_FRAMES && Frames.hasJavaCaller(fp); i++) {
            Console.print("    at ");
            printFrame(Frames.returnAddress(fp) - 1); // the call instruction, not the one after it
            Console.println();
            fp = Frames.caller(fp);
        }
    }

    /**
     * Prints a frame as Java does, {@code pkg.Class.method(File.java:12)}: the method containing
     * {@code address} without its descriptor, its source file and the line of {@code address}.
     */
    public static void printFrame(long address) {
        long entry = CodeMap.find(address);
        if (entry == 0) {
            Console.print("?");
            return;
        }
        long name = Magic.loadLong(entry + CodeMap.NAME);
        for (int i = 0; i < MAX_NAME_BYTES; i++) {
            int b = Magic.loadByte(name + i) & 0xFF;
            if (b == 0 || b == '(') {
                break;
            }
            Console.printChar(b);
        }
        printSourceLine(entry, address);
    }

    /** {@code (File.java:12)}, {@code (File.java)} or {@code (Unknown Source)}, as Java prints them. */
    private static void printSourceLine(long entry, long address) {
        Console.print("(");
        long source = Magic.loadLong(entry + CodeMap.SOURCE);
        if (source == 0) {
            Console.print("Unknown Source");
        } else {
            Console.printCString(source, MAX_NAME_BYTES);
            int line = CodeMap.line(entry, address);
            if (line >= 0) {
                Console.print(":");
                Console.print(line);
            }
        }
        Console.print(")");
    }

    /** Prints the name of the compiled method containing {@code address}, or "?" if none does. */
    public static void printMethod(long address) {
        long entry = CodeMap.find(address);
        if (entry == 0) {
            Console.print("?");
        } else {
            Console.printCString(Magic.loadLong(entry + CodeMap.NAME), MAX_NAME_BYTES);
        }
    }

    /**
     * An exception no frame catches: reported like {@code java} does, by the thread's uncaught-exception
     * handler (a Java stack trace on System.err), then the VM exits with status 1 after the shutdown hooks.
     * Before the class library is up, or if reporting fails, the kernel prints the frames itself.
     */
    public static void uncaught(Throwable exception) {
        if (JavaThreads.dispatchUncaught(exception)) {
            Boot.exit(1);
        }
        long tib = Magic.loadLong(Magic.objectAddress(exception) + ObjectLayout.TIB_OFFSET);
        Console.print("Exception in thread \"main\" ");
        Console.printCString(Magic.loadLong(tib + TibLayout.NAME), MAX_NAME_BYTES);
        Console.println();
        Console.print("\tat ");
        printFrame(Exceptions.thrownAt() - 1);
        Console.println();
        for (long fp = Exceptions.thrownFrame(); Frames.hasJavaCaller(fp); fp = Frames.caller(fp)) {
            Console.print("\tat ");
            printFrame(Frames.returnAddress(fp) - 1);
            Console.println();
        }
        DebugExit.exit(1);
    }

    /** Mnemonics from SDM Vol. 3A Table 6-1. */
    static String exceptionName(int vector) {
        switch (vector) {
            case 0: return "#DE divide error";
            case 1: return "#DB debug";
            case 2: return "NMI";
            case 3: return "#BP breakpoint";
            case 4: return "#OF overflow";
            case 5: return "#BR bound range";
            case 6: return "#UD invalid opcode";
            case 7: return "#NM device not available";
            case 8: return "#DF double fault";
            case 10: return "#TS invalid TSS";
            case 11: return "#NP segment not present";
            case 12: return "#SS stack fault";
            case 13: return "#GP general protection";
            case 14: return "#PF page fault";
            case 16: return "#MF x87 error";
            case 17: return "#AC alignment check";
            case 18: return "#MC machine check";
            case 19: return "#XM SIMD exception";
            case 20: return "#VE virtualization exception";
            case 21: return "#CP control protection";
            default: return "reserved";
        }
    }
}
