package org.torito.kernel;

import org.torito.kernel.boot.BootImageInfo;
import org.torito.kernel.boot.CommandLine;
import org.torito.kernel.boot.DebugExit;
import org.torito.kernel.boot.KernelOptions;
import org.torito.kernel.boot.PvhStartInfo;
import org.torito.kernel.console.Console;
import org.torito.kernel.io.SystemStreams;
import org.torito.kernel.time.Rtc;
import org.torito.kernel.time.TscCalibration;
import org.torito.vm.Magic;
import org.torito.vm.gc.Heap;
import org.torito.vm.runtime.Clock;
import org.torito.vm.runtime.LibraryStartup;
import org.torito.vm.runtime.Stacks;
import org.torito.vm.runtime.Traps;

/**
 * The Java side of boot. The trampoline (written by the image writer) switches to long mode and calls, in
 * order: {@link #start}, the application's {@code main} with the arguments {@code start} returns, then
 * {@link #exit} with 0. Boot reads as a list.
 */
public final class Boot {
    /** {@link #start}'s protocol argument: booted by a PVH loader, {@code bootInfo} is an hvm_start_info. */
    public static final int PROTOCOL_PVH = 1;
    private static final int MAX_COMMAND_LINE = 4096;
    /** main's arguments, kept here too so that a collection while main's class initializes sees them. */
    private static String[] mainArguments;

    private Boot() {
    }

    /**
     * Called by the trampoline in long mode, on the boot stack, with interrupts off; returns the arguments
     * for {@code main}: the words of the kernel command line.
     */
    public static String[] start(long bootInfo, int protocol) {
        Console.init();                       // console first: every later step can report
        Stacks.init(BootImageInfo.stackBottom); // stack overflows throw StackOverflowError from here on
        Console.beginLog();
        Console.print("Torito ");
        Console.print(BootImageInfo.version);
        Console.print(" booting (tsc ");
        Console.print(Magic.readTimestampCounter());
        Console.print(")");
        Console.println();
        if (protocol == PROTOCOL_PVH && PvhStartInfo.isValid(bootInfo)) {
            logMemoryMap(bootInfo);           // what the boot loader says is RAM
            logCommandLine(PvhStartInfo.commandLine(bootInfo));
            KernelOptions.read(PvhStartInfo.commandLine(bootInfo), MAX_COMMAND_LINE); // heap size, GC logging
            long heapStart = Magic.readTimestampCounter();
            startHeap(bootInfo);              // allocation works from here on
            long libraryStart = Magic.readTimestampCounter();
            TscCalibration.start();           // measures the TSC's rate while the class library starts
            LibraryStartup.initializeEarlyClasses(); // String and the main thread, as the JDK expects them
            long streamsStart = Magic.readTimestampCounter();
            SystemStreams.install();          // System.out and err write to the console from here on
            Traps.prepareOutOfMemoryError();  // what to throw when there is no room left for an error
            mainArguments = CommandLine.programArguments(PvhStartInfo.commandLine(bootInfo), MAX_COMMAND_LINE);
            long clockStart = Magic.readTimestampCounter();
            startClock();                     // System.nanoTime and currentTimeMillis work from here on
            logPhases(heapStart, libraryStart, streamsStart, clockStart, Magic.readTimestampCounter());
            return mainArguments;
        }
        Console.log("no PVH start info: memory map and command line unknown");
        Magic.haltForever();
        return null;
    }

    /** Ends the TSC's measurement against the PIT and starts the VM's clock with its rate. */
    private static void startClock() {
        long rate = TscCalibration.finish();
        if (rate == 0) {
            Console.log("no PIT counting: TSC rate unknown, System.nanoTime unavailable");
            return;
        }
        Clock.start(rate);
        long epochSeconds = Rtc.epochSeconds();
        if (epochSeconds >= 0) {
            Clock.setWallClock(epochSeconds * 1_000_000_000L);
        } else {
            Console.log("RTC never stable: the wall clock starts at 1970-01-01");
        }
        Console.beginLog();
        Console.print("TSC: ");
        Console.print(rate / 1000);
        Console.print(" kHz, RTC ");
        Console.print(epochSeconds);
        Console.print(" s since 1970");
        Console.println();
    }

    /**
     * Logs how long each step of {@link #start} took, from time-stamp counter readings taken between them
     * (the clock's rate is known only at the end): where boot time goes, in microseconds.
     */
    private static void logPhases(long heap, long library, long streams, long clock, long end) {
        long ticksPerMicrosecond = Clock.ticksPerSecond() / 1_000_000;
        if (ticksPerMicrosecond == 0) {
            return;
        }
        Console.beginLog();
        Console.print("boot steps (us): heap ");
        Console.print((library - heap) / ticksPerMicrosecond);
        Console.print(", class library ");
        Console.print((streams - library) / ticksPerMicrosecond);
        Console.print(", streams and reserve error ");
        Console.print((clock - streams) / ticksPerMicrosecond);
        Console.print(", clock ");
        Console.print((end - clock) / ticksPerMicrosecond);
        Console.println();
    }

    /** Gives the collector the RAM from the end of the image to the end of the region holding it. */
    private static void startHeap(long info) {
        long start = BootImageInfo.imageEnd;
        for (int i = 0; i < PvhStartInfo.memoryMapEntries(info); i++) {
            long entry = PvhStartInfo.memoryMapEntry(info, i);
            long base = Magic.loadLong(entry + PvhStartInfo.ENTRY_ADDR);
            long end = base + Magic.loadLong(entry + PvhStartInfo.ENTRY_SIZE);
            if (Magic.loadInt(entry + PvhStartInfo.ENTRY_TYPE) == PvhStartInfo.TYPE_RAM && base <= start
                    && start < end) {
                long capacity = Heap.init(start, end, KernelOptions.heapBytes());
                Heap.setOptions(KernelOptions.verboseGc(), KernelOptions.verifyHeap());
                Console.beginLog();
                Console.print("heap: ");
                Console.print(capacity >> 20);
                Console.print(" MiB");
                Console.println();
                return;
            }
        }
        Console.log("no RAM after the image: no heap");
    }

    private static void logMemoryMap(long info) {
        int entries = PvhStartInfo.memoryMapEntries(info);
        long usable = 0;
        for (int i = 0; i < entries; i++) {
            long entry = PvhStartInfo.memoryMapEntry(info, i);
            long base = Magic.loadLong(entry + PvhStartInfo.ENTRY_ADDR);
            long size = Magic.loadLong(entry + PvhStartInfo.ENTRY_SIZE);
            int type = Magic.loadInt(entry + PvhStartInfo.ENTRY_TYPE);
            if (size == 0) {
                continue; // QEMU's table may end in an empty entry
            }
            Console.beginLog();
            Console.print("memory ");
            Console.printHex(base, 12);
            Console.print("-");
            Console.printHex(base + size - 1, 12);
            Console.print(type == PvhStartInfo.TYPE_RAM ? " RAM" : " reserved (type ");
            if (type != PvhStartInfo.TYPE_RAM) {
                Console.print(type);
                Console.print(")");
            } else {
                usable += size;
            }
            Console.println();
        }
        Console.beginLog();
        Console.print("usable RAM: ");
        Console.print(usable >> 20);
        Console.print(" MiB");
        Console.println();
    }

    private static void logCommandLine(long commandLine) {
        Console.beginLog();
        Console.print("command line: ");
        if (commandLine != 0) {
            Console.printCString(commandLine, MAX_COMMAND_LINE);
        }
        Console.println();
    }

    /**
     * Leaves the VM with {@code code} as the program's exit status, as {@code java} does when main returns
     * (or throws): through {@code Runtime.exit}, which runs the shutdown hooks first. Before the class library
     * is up, or if that fails, the machine stops at once.
     */
    public static void exit(int code) {
        if (System.err != null) {
            try {
                Runtime.getRuntime().exit(code);
            } catch (Throwable failure) {
                Console.log("shutdown failed; exiting without the rest of the shutdown hooks");
            }
        }
        DebugExit.exit(code);
    }
}
