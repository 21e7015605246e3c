package org.torito.vm.gc;

import org.torito.vm.Magic;

/**
 * Where the objects the last marking reached start: one bit per 8-byte granule of the blocks, cleared when
 * a collection starts and set as the marker marks each object. It lets the marker find the marked objects
 * again when its mark stack overflowed ({@link Marker#rescanMarked}) without parsing the heap, which a
 * mark-region heap cannot do (a hole reused after a collection cuts through the dead objects around it),
 * and the verifier check that every reference points to the start of a marked object. Allocation does not
 * touch it: compiled code's bump stays a bump.
 */
final class ObjectStarts {
    private static final int LOG_GRANULE_BYTES = 3;

    private static long bits;

    private ObjectStarts() {
    }

    /**
     * Where the bitmap is. It is not cleared here: nothing reads it before the first collection, which clears
     * it ({@link #clearAll}) before marking (the hole search reaches blocks of small objects only after one).
     */
    static void init(long bitmap) {
        bits = bitmap;
    }

    /** Bytes of bitmap for {@code blocks} blocks. */
    static long metadataBytes(long blocks) {
        return (blocks << BlockTable.LOG_BLOCK_BYTES) >>> (LOG_GRANULE_BYTES + 3);
    }

    private static long granule(long address) {
        return (address - BlockTable.first) >>> LOG_GRANULE_BYTES;
    }

    static void set(long object) {
        long g = (object - BlockTable.first) >>> LOG_GRANULE_BYTES;
        long at = bits + (g >>> 3);
        Magic.storeByte(at, (byte) (Magic.loadByte(at) | 1 << (g & 7)));
    }

    static boolean isStart(long address) {
        long g = granule(address);
        return (Magic.loadByte(bits + (g >>> 3)) >>> (g & 7) & 1) != 0;
    }

    /** Forgets every start: a collection begins. */
    static void clearAll() {
        Magic.zeroMemory(bits, metadataBytes(BlockTable.count()));
    }

    /**
     * The first object start at or after {@code address} and before {@code end}, or 0: a scan of the bitmap,
     * a byte (eight granules) at a time where it is zero.
     */
    static long next(long address, long end) {
        long g = granule(address);
        long last = granule(end);
        while (g < last) {
            int b = Magic.loadByte(bits + (g >>> 3)) & 0xFF;
            b >>>= g & 7;
            if (b == 0) {
                g = (g | 7) + 1;
                continue;
            }
            while ((b & 1) == 0) {
                b >>>= 1;
                g++;
            }
            return BlockTable.first + (g << LOG_GRANULE_BYTES);
        }
        return 0;
    }
}
