package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * Objects up to {@link Heap#LARGE_OBJECT_BYTES}, bump-allocated into holes: runs of lines that held nothing
 * live at the last collection, in blocks of state SMALL, or whole free blocks. Marking records every line a
 * live object covers (exactly, not Immix's conservative one-line rule); sweeping turns blocks without a
 * marked line back into free blocks. Holes are handed out in address order, once each between collections.
 */
final class SmallObjectSpace {
    static final int LOG_LINE_BYTES = 8;
    static final long LINE_BYTES = 1L << LOG_LINE_BYTES;
    static final int LINES_PER_BLOCK = (int) (BlockTable.BLOCK_BYTES / LINE_BYTES);

    /** One byte per line of the heap: 1 when a live object covers part of it (as of the last marking). */
    private static long lineMarks;
    /** Where the search for the next hole goes on. */
    private static int searchBlock;
    private static int searchLine;
    /** The end of the hole {@link #nextHole} found last. */
    private static long holeEnd;

    private SmallObjectSpace() {
    }

    static void init(long marks) {
        lineMarks = marks;
        clearLineMarks();
    }

    /** Bytes of line marks for {@code blocks} blocks. */
    static long metadataBytes(long blocks) {
        return blocks * LINES_PER_BLOCK;
    }

    static void clearLineMarks() {
        Magic.zeroMemory(lineMarks, (long) BlockTable.count() * LINES_PER_BLOCK);
    }

    private static long lineIndex(long address) {
        return (address - BlockTable.first()) >>> LOG_LINE_BYTES;
    }

    /** Records that a live object covers {@code [start, end)}. */
    static void markLines(long start, long end) {
        long last = lineMarks + ((end - 1 - BlockTable.first) >>> LOG_LINE_BYTES);
        for (long mark = lineMarks + ((start - BlockTable.first) >>> LOG_LINE_BYTES); mark <= last; mark++) {
            Magic.storeByte(mark, (byte) 1);
        }
    }

    static boolean isLineMarked(long address) {
        return Magic.loadByte(lineMarks + lineIndex(address)) != 0;
    }

    /**
     * The start of the next hole of at least {@code bytes} (zeroed, taken: {@link #holeEnd()} is its end), or
     * 0 when none is left before the next collection. Smaller holes on the way stay unused until then.
     */
    static long nextHole(long bytes) {
        while (searchBlock < BlockTable.count()) {
            int block = searchBlock;
            int state = BlockTable.state(block);
            if (state == BlockTable.FREE) {
                BlockTable.setState(block, BlockTable.SMALL);
                searchBlock++;
                searchLine = 0;
                return take(BlockTable.address(block), BlockTable.address(block) + BlockTable.BLOCK_BYTES);
            }
            if (state == BlockTable.SMALL) {
                long blockStart = BlockTable.address(block);
                long marks = lineMarks + (long) block * LINES_PER_BLOCK;
                int line = searchLine;
                while (line < LINES_PER_BLOCK) {
                    if (Magic.loadByte(marks + line) != 0) {
                        line++;
                        continue;
                    }
                    int first = line;
                    while (line < LINES_PER_BLOCK && Magic.loadByte(marks + line) == 0) {
                        line++;
                    }
                    if ((long) (line - first) * LINE_BYTES >= bytes) {
                        searchLine = line;
                        return take(blockStart + first * LINE_BYTES, blockStart + line * LINE_BYTES);
                    }
                }
            }
            searchBlock++;
            searchLine = 0;
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
        searchLine = 0;
    }

    /**
     * Frees the blocks without a marked line; returns the free bytes of the space: free lines of blocks that
     * hold small objects (free blocks count with the block table).
     */
    static long sweep() {
        long free = 0;
        for (int block = 0; block < BlockTable.count(); block++) {
            if (BlockTable.state(block) != BlockTable.SMALL) {
                continue;
            }
            long marks = lineMarks + (long) block * LINES_PER_BLOCK;
            int unmarked = 0;
            for (int line = 0; line < LINES_PER_BLOCK; line++) {
                if (Magic.loadByte(marks + line) == 0) {
                    unmarked++;
                }
            }
            if (unmarked == LINES_PER_BLOCK) {
                BlockTable.setState(block, BlockTable.FREE);
            } else {
                free += unmarked * LINE_BYTES;
            }
        }
        return free;
    }

}
