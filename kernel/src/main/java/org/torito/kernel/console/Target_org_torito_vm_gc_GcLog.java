package org.torito.kernel.console;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.gc.Heap;

/** The collector's report lines on the kernel log, printed piece by piece so that nothing is allocated. */
@TargetClass("org.torito.vm.gc.GcLog")
final class Target_org_torito_vm_gc_GcLog {
    private Target_org_torito_vm_gc_GcLog() {
    }

    /** {@code gc: GC(3) Pause Full (Allocation Failure) 120512K->3456K(125952K) 1.234ms}, as HotSpot's -Xlog:gc. */
    @Substitute
    public static void collection(int number, int cause, long usedBefore, long usedAfter, long capacity,
                                  long pauseNanos) {
        Console.beginLog();
        Console.print("gc: GC(");
        Console.print(number);
        Console.print(cause == Heap.CAUSE_SYSTEM_GC ? ") Pause Full (System.gc()) " : ") Pause Full (Allocation Failure) ");
        Console.print(usedBefore >> 10);
        Console.print("K->");
        Console.print(usedAfter >> 10);
        Console.print("K(");
        Console.print(capacity >> 10);
        Console.print("K) ");
        Console.print(pauseNanos / 1_000_000);
        Console.print(".");
        long micros = pauseNanos / 1_000 % 1_000;
        Console.print(micros < 100 ? micros < 10 ? "00" : "0" : "");
        Console.print(micros);
        Console.print("ms");
        Console.println();
    }
}
