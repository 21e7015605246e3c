package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * The objects marked but not yet scanned. It starts in a region reserved when the heap is laid out and
 * grows into free blocks, one segment per block (a free block holds nothing the trace could need). Should
 * even that run out, the stack drops the object (already marked) and records that it overflowed: the marker
 * then finds the marked objects it did not scan by walking the heap ({@link Marker#rescanMarked}).
 *
 * <pre>
 *   borrowed segment: word 0 the previous segment's bottom, word 1 its top, then entries
 * </pre>
 */
final class MarkStack {
    private static final int SEGMENT_HEADER_BYTES = 16;

    private static long reserved;
    private static long reservedEnd;
    /** The current segment: entries in [bottom, top), room up to limit. */
    private static long bottom;
    private static long top;
    private static long limit;
    private static boolean overflowed;

    private MarkStack() {
    }

    static void init(long start, long bytes) {
        reserved = start;
        reservedEnd = start + bytes;
        reset();
    }

    /** Empty, in the reserved region, not overflowed; borrowed blocks go back to the block table. */
    static void reset() {
        while (bottom != reserved && bottom != 0) {
            releaseSegment();
        }
        bottom = reserved;
        top = reserved;
        limit = reservedEnd;
        overflowed = false;
    }

    static boolean overflowed() {
        return overflowed;
    }

    static void clearOverflow() {
        overflowed = false;
    }

    static void push(long object) {
        if (top == limit && !borrowSegment()) {
            overflowed = true;
            return;
        }
        Magic.storeLong(top, object);
        top += 8;
    }

    /** Pushes {@code below}, then {@code top}, both or neither (then the stack has overflowed). */
    static void pushPair(long below, long above) {
        if (limit - top < 16 && !borrowSegment()) {
            overflowed = true;
            return;
        }
        Magic.storeLong(top, below);
        Magic.storeLong(top + 8, above);
        top += 16;
    }

    /** The last entry pushed, or 0 when the stack is empty. */
    static long pop() {
        while (top == bottom) {
            if (bottom == reserved) {
                return 0;
            }
            releaseSegment();
        }
        top -= 8;
        return Magic.loadLong(top);
    }

    private static boolean borrowSegment() {
        int block = BlockTable.freeRun(1);
        if (block < 0) {
            return false;
        }
        BlockTable.setState(block, BlockTable.MARK_STACK);
        long segment = BlockTable.address(block);
        Magic.storeLong(segment, bottom);
        Magic.storeLong(segment + 8, top);
        bottom = segment + SEGMENT_HEADER_BYTES;
        top = bottom;
        limit = segment + BlockTable.BLOCK_BYTES;
        return true;
    }

    /** Back to the previous segment, as full as it was when this one was borrowed. */
    private static void releaseSegment() {
        long segment = bottom - SEGMENT_HEADER_BYTES;
        bottom = Magic.loadLong(segment);
        top = Magic.loadLong(segment + 8);
        limit = bottom == reserved ? reservedEnd : bottom - SEGMENT_HEADER_BYTES + BlockTable.BLOCK_BYTES;
        BlockTable.setState(BlockTable.blockOf(segment), BlockTable.FREE);
    }
}
