package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * The heap's blocks and what each one holds: one state byte per block, shared by the two spaces. Blocks are
 * {@link #BLOCK_BYTES} long and aligned to their size; the table and the other metadata lie in front of them.
 */
final class BlockTable {
    static final int LOG_BLOCK_BYTES = 15;
    static final long BLOCK_BYTES = 1L << LOG_BLOCK_BYTES;

    /** Holds nothing live; either space may take it. */
    static final int FREE = 0;
    /** Holds small objects; the gaps between its marked ones are holes the small-object space allocates into. */
    static final int SMALL = 1;
    /** The first block of a large object, which starts at the block's first byte. */
    static final int LARGE = 2;
    /** A further block of the large object that starts in an earlier block. */
    static final int LARGE_TAIL = 3;
    /** Borrowed by a collection for its mark stack; free again before the collection ends. */
    static final int MARK_STACK = 4;

    /** One state byte per block. */
    private static long states;
    private static int count;
    /** Where {@link #freeRun} looks first. */
    private static int nextFit;
    /** The first block's address and the end of the last (read directly by the marker's hot path). */
    static long first;
    static long end;

    private BlockTable() {
    }

    static void init(long stateBytes, long firstBlock, int blocks) {
        states = stateBytes;
        first = firstBlock;
        count = blocks;
        end = firstBlock + ((long) blocks << LOG_BLOCK_BYTES);
        Magic.zeroMemory(states, blocks);
    }

    static int count() {
        return count;
    }

    static long first() {
        return first;
    }

    static long end() {
        return end;
    }

    static boolean contains(long address) {
        return address >= first && address < end;
    }

    static int state(int block) {
        return Magic.loadByte(states + block);
    }

    static void setState(int block, int state) {
        Magic.storeByte(states + block, (byte) state);
    }

    static int blockOf(long address) {
        return (int) ((address - first) >>> LOG_BLOCK_BYTES);
    }

    static long address(int block) {
        return first + ((long) block << LOG_BLOCK_BYTES);
    }

    /** How many blocks {@code bytes} need. */
    static int blocksFor(long bytes) {
        return (int) ((bytes + BLOCK_BYTES - 1) >>> LOG_BLOCK_BYTES);
    }

    /**
     * The first of {@code blocks} consecutive free blocks, or -1: next fit, from where the last run was found
     * (so a program that keeps allocating large objects does not rescan the used start of the heap each time),
     * then from the heap's start up to there.
     */
    static int freeRun(int blocks) {
        int found = freeRun(blocks, nextFit, count);
        if (found < 0) {
            found = freeRun(blocks, 0, Math.min(count, nextFit + blocks - 1));
        }
        nextFit = found < 0 ? 0 : found + blocks;
        return found;
    }

    /** The first run of {@code blocks} free blocks that starts at or after {@code from} and ends by {@code to}. */
    private static int freeRun(int blocks, int from, int to) {
        int run = 0;
        for (int b = from; b < to; b++) {
            if (state(b) == FREE) {
                run++;
                if (run == blocks) {
                    return b - blocks + 1;
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    /** How many blocks large objects take. */
    static int largeBlocks() {
        int large = 0;
        for (int b = 0; b < count; b++) {
            if (state(b) == LARGE || state(b) == LARGE_TAIL) {
                large++;
            }
        }
        return large;
    }
}
