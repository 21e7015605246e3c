package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * Objects larger than {@link Heap#LARGE_OBJECT_BYTES}: each takes a run of whole blocks to itself (first
 * fit in the block table) and gives them back when a collection finds it unmarked.
 */
final class LargeObjectSpace {
    private LargeObjectSpace() {
    }

    /** Zeroed memory for an object of {@code bytes}, or 0 when no run of free blocks is long enough. */
    static long allocate(long bytes) {
        int blocks = BlockTable.blocksFor(bytes);
        int first = BlockTable.freeRun(blocks);
        if (first < 0) {
            return 0;
        }
        BlockTable.setState(first, BlockTable.LARGE);
        for (int b = first + 1; b < first + blocks; b++) {
            BlockTable.setState(b, BlockTable.LARGE_TAIL);
        }
        long address = BlockTable.address(first);
        Magic.zeroMemory(address, bytes);
        return address;
    }

    /** Frees every large object the marking did not reach. */
    static void sweep() {
        int block = 0;
        while (block < BlockTable.count()) {
            if (BlockTable.state(block) != BlockTable.LARGE) {
                block++;
                continue;
            }
            long object = BlockTable.address(block);
            int blocks = BlockTable.blocksFor(Marker.sizeOf(object));
            if (!Marker.isMarked(object)) {
                for (int b = block; b < block + blocks; b++) {
                    BlockTable.setState(b, BlockTable.FREE);
                }
            }
            block += blocks;
        }
    }
}
