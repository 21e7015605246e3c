package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * Objects up to {@link Heap#LARGE_OBJECT_BYTES}, bump-allocated into holes: whole free blocks, and the gaps
 * between the objects the last marking reached in blocks of state SMALL. The marked objects are known from
 * {@link ObjectStarts} and their sizes from their headers, so a gap is exact to the byte: an object that
 * survives among dead neighbours pins only its own bytes (a cache whose entries are replaced at random
 * stays within its live size), unlike Immix's lines. Holes are handed out in address order, once each
 * between collections; sweeping only frees the blocks in which nothing was marked.
 */
final class SmallObjectSpace {
    /** Where the search for the next hole goes on: a block, and an address in it (0: its start). */
    private static int searchBlock;
    private static long searchFrom;
    /** The end of the hole {@link #nextHole} found last. */
    private static long holeEnd;

    private SmallObjectSpace() {
    }

    /**
     * The start of the next hole of at least {@code bytes} (zeroed, taken: {@link #holeEnd()} is its end), or
     * 0 when none is left before the next collection. Smaller gaps on the way stay unused until then.
     */
    static long nextHole(long bytes) {
        while (searchBlock < BlockTable.count()) {
            int block = searchBlock;
            long blockStart = BlockTable.address(block);
            long blockEnd = blockStart + BlockTable.BLOCK_BYTES;
            int state = BlockTable.state(block);
            if (state == BlockTable.FREE) {
                BlockTable.setState(block, BlockTable.SMALL);
                searchBlock++;
                searchFrom = 0;
                return take(blockStart, blockEnd);
            }
            if (state == BlockTable.SMALL) {
                long gap = searchFrom == 0 ? blockStart : searchFrom;
                while (gap < blockEnd) {
                    long live = ObjectStarts.next(gap, blockEnd);
                    long gapEnd = live == 0 ? blockEnd : live;
                    if (gapEnd - gap >= bytes) {
                        searchFrom = gapEnd;
                        return take(gap, gapEnd);
                    }
                    if (live == 0) {
                        break;
                    }
                    gap = live + Marker.sizeOf(live);
                }
            }
            searchBlock++;
            searchFrom = 0;
        }
        return 0;
    }

    private static long take(long start, long end) {
        Magic.zeroMemory(start, end - start);
        holeEnd = end;
        return start;
    }

    static long holeEnd() {
        return holeEnd;
    }

    /** After a collection: holes are searched from the heap's start again. */
    static void restartSearch() {
        searchBlock = 0;
        searchFrom = 0;
    }

    /** Frees the blocks of small objects in which the marking reached nothing. */
    static void sweep() {
        for (int block = 0; block < BlockTable.count(); block++) {
            if (BlockTable.state(block) == BlockTable.SMALL) {
                long start = BlockTable.address(block);
                if (ObjectStarts.next(start, start + BlockTable.BLOCK_BYTES) == 0) {
                    BlockTable.setState(block, BlockTable.FREE);
                }
            }
        }
    }
}
