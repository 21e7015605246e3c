package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.runtime.Allocation;
import org.torito.vm.runtime.Clock;

/**
 * The collector's plan: lays the heap out, serves the allocator's slow path, and runs a collection (stop
 * the world; with one core running Java, the world is the thread that allocates) when memory runs out or the
 * program asks. A collection marks from the roots, clears unreachable soft/weak/phantom referents, and
 * sweeps both spaces; it never moves an object.
 *
 * <pre>
 *   heap region: block states (1 byte per block) | object starts (1 bit per 8 bytes) | mark stack | blocks
 * </pre>
 * Running out means: after a collection the request still does not fit, and after a second one that also
 * clears soft references it still does not; then the allocator throws {@code OutOfMemoryError}. When the
 * mark stack overflows (it has a reserve and borrows free blocks), marking goes on by scanning every marked
 * object again ({@link ObjectStarts} finds them) until nothing is left unscanned.
 */
public final class Heap {
    /** Objects larger than this go to the large-object space. */
    public static final long LARGE_OBJECT_BYTES = 8 * 1024;
    /** Why a collection ran. */
    public static final int CAUSE_ALLOCATION = 0;
    public static final int CAUSE_SYSTEM_GC = 1;
    /** The reserved part of the mark stack: 1/64 of the heap. */
    private static final int LOG_MARK_STACK_FRACTION = 6;

    private static long capacity;
    /** Free bytes as of the last collection, and bytes handed out (as holes or large objects) since. */
    private static long freeAtCollection;
    private static long takenSinceCollection;
    private static int collections;
    private static boolean verbose;
    private static boolean verify;
    private static boolean collecting;

    private Heap() {
    }

    /**
     * Lays the heap out in {@code [start, end)}, at most {@code maxBytes} of it when that is positive.
     * Returns the bytes that objects can use.
     */
    public static long init(long start, long end, long maxBytes) {
        if (maxBytes > 0 && end - start > maxBytes) {
            end = start + maxBytes;
        }
        long blocks = (end - start) / BlockTable.BLOCK_BYTES;
        long markStackBytes = ((end - start) >>> LOG_MARK_STACK_FRACTION) & -8L;
        long metadata = blocks + ObjectStarts.metadataBytes(blocks) + markStackBytes;
        long first = (start + metadata + BlockTable.BLOCK_BYTES - 1) & -BlockTable.BLOCK_BYTES;
        int count = end > first ? (int) ((end - first) >>> BlockTable.LOG_BLOCK_BYTES) : 0;
        BlockTable.init(start, first, count);
        long objectStarts = start + blocks;
        ObjectStarts.init(objectStarts);
        MarkStack.init(objectStarts + ObjectStarts.metadataBytes(blocks), markStackBytes);
        capacity = (long) count << BlockTable.LOG_BLOCK_BYTES;
        freeAtCollection = capacity;
        Allocation.setBuffer(0, 0);
        return capacity;
    }

    /** Kernel options: one log line per collection; a heap verification after each. */
    public static void setOptions(boolean verboseCollections, boolean verifyAfterCollections) {
        verbose = verboseCollections;
        verify = verifyAfterCollections;
    }

    public static long capacityBytes() {
        return capacity;
    }

    public static long freeBytes() {
        return freeAtCollection - takenSinceCollection + Allocation.bufferBytes();
    }

    /**
     * Zeroed memory for an object of {@code bytes} that did not fit in the allocation buffer, collecting
     * when needed; 0 when even after collecting it does not fit. For a small object the rest of the hole it
     * comes from becomes the allocation buffer.
     */
    public static long allocate(long bytes) {
        long address = tryAllocate(bytes);
        if (address == 0 && !collecting) {
            collect(CAUSE_ALLOCATION, false);
            address = tryAllocate(bytes);
            if (address == 0) {
                collect(CAUSE_ALLOCATION, true);
                address = tryAllocate(bytes);
            }
        }
        return address;
    }

    /** {@code System.gc()}: a full collection, then the cleared references go to their queues. */
    public static void collectNow() {
        collect(CAUSE_SYSTEM_GC, false);
    }

    private static long tryAllocate(long bytes) {
        if (bytes > LARGE_OBJECT_BYTES) {
            long address = LargeObjectSpace.allocate(bytes);
            if (address != 0) {
                takenSinceCollection += (long) BlockTable.blocksFor(bytes) << BlockTable.LOG_BLOCK_BYTES;
            }
            return address;
        }
        long hole = SmallObjectSpace.nextHole(bytes);
        if (hole == 0) {
            return 0;
        }
        long end = SmallObjectSpace.holeEnd();
        takenSinceCollection += end - hole;
        Allocation.setBuffer(hole + bytes, end);
        return hole;
    }

    private static void collect(int cause, boolean clearSoftReferences) {
        collecting = true;
        long started = now();
        long usedBefore = capacity - freeBytes();
        Allocation.setBuffer(0, 0);
        Marker.nextEpoch();
        ObjectStarts.clearAll();
        MarkStack.reset();
        References.begin(clearSoftReferences);
        ImageRoots.scan();
        StackRoots.scan();
        Marker.drain();
        while (MarkStack.overflowed()) { // some marked objects were not scanned: scan every marked object again
            Marker.rescanMarked();
        }
        References.clearUnreachable();
        LargeObjectSpace.sweep();
        SmallObjectSpace.sweep();
        freeAtCollection = capacity - Marker.markedSmallBytes()
                - ((long) BlockTable.largeBlocks() << BlockTable.LOG_BLOCK_BYTES);
        takenSinceCollection = 0;
        SmallObjectSpace.restartSearch();
        if (verify) {
            HeapVerifier.verify();
        }
        collections++;
        long pause = now() - started;
        if (verbose) {
            GcLog.collection(collections, cause, usedBefore, capacity - freeBytes(), capacity, pause);
        }
        collecting = false;
        References.enqueuePending();
    }

    private static long now() {
        return Clock.ticksPerSecond() > 0 ? Clock.nanoTime() : 0;
    }
}
