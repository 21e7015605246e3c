package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * Tracing: marks every heap object reachable from the roots, depth first through the {@link MarkStack},
 * reading an object's references from its type block ({@link TibLayout#REFERENCES}, or every element of an
 * array of references). A mark is the collection's epoch in a byte of the status word, so marks never need
 * clearing: objects allocated since hold 0, and an object marked by an earlier collection holds an older
 * epoch. Each marked object is also recorded in {@link ObjectStarts}, which is what the small-object space
 * allocates around until the next collection. Image objects are never marked: they live for ever
 * and the ones that can refer to heap objects are roots.
 *
 * <p>The same trace also checks the heap after a collection ({@link HeapVerifier}): then every reference it
 * follows must lead to an object the collection kept.
 */
final class Marker {
    /** The status word's byte that holds the mark (bits 32-39; the identity hash has bits 0-30). */
    private static final int MARK_BYTE = ObjectLayout.STATUS_OFFSET + 4;

    private static int epoch;
    /** Bytes of the small objects the current marking reached. */
    private static long markedSmallBytes;
    private static boolean verifying;
    /** During verification: the epoch of the collection being checked. */
    private static int collectedEpoch;

    private Marker() {
    }

    /** Starts a trace: marks from earlier traces no longer count. */
    static void nextEpoch() {
        epoch = epoch == 255 ? 1 : epoch + 1;
        markedSmallBytes = 0;
    }

    static long markedSmallBytes() {
        return markedSmallBytes;
    }

    /** A trace that checks what the last collection kept: see {@link HeapVerifier}. */
    static void beginVerification() {
        collectedEpoch = epoch;
        nextEpoch();
        verifying = true;
    }

    static void endVerification() {
        verifying = false;
    }

    static boolean isVerifying() {
        return verifying;
    }

    private static int markOf(long object) {
        return Magic.loadByte(object + MARK_BYTE) & 0xFF;
    }

    static boolean isMarked(long object) {
        return markOf(object) == epoch;
    }

    /** Traces the object the word at {@code slot} refers to (null and image objects need nothing). */
    static void markSlot(long slot) {
        long object = Magic.loadLong(slot);
        if (object == 0) {
            return;
        }
        if (verifying) {
            HeapVerifier.check(slot, object, collectedEpoch, markOf(object) == epoch);
        }
        if (object < BlockTable.first || object >= BlockTable.end) { // an image object
            return;
        }
        long mark = object + MARK_BYTE;
        if ((Magic.loadByte(mark) & 0xFF) == epoch) {
            return;
        }
        Magic.storeByte(mark, (byte) epoch);
        ObjectStarts.set(object);
        long tib = Magic.loadLong(object + ObjectLayout.TIB_OFFSET);
        long size = sizeOf(object, tib);
        if (size <= Heap.LARGE_OBJECT_BYTES) {
            markedSmallBytes += size;
        }
        if (Magic.loadLong(tib + TibLayout.REFERENCES) != 0 || Magic.loadInt(tib + TibLayout.GC_FLAGS) != 0) {
            MarkStack.push(object); // objects without references (boxes, strings' arrays) need no scan
        }
    }

    /** Scans what the mark stack holds until it is empty. */
    static void drain() {
        long entry;
        while ((entry = MarkStack.pop()) != 0) {
            if ((entry & ARRAY_REST) != 0) {
                scanElements(entry & ~ARRAY_REST, (int) MarkStack.pop());
            } else {
                scan(entry);
            }
        }
    }

    /**
     * After the mark stack overflowed: scans every marked object again (the ones it dropped among them),
     * walking the heap's object starts, until a round completes without overflowing.
     */
    static void rescanMarked() {
        MarkStack.clearOverflow();
        for (int block = 0; block < BlockTable.count(); block++) {
            long start = BlockTable.address(block);
            int state = BlockTable.state(block);
            if (state == BlockTable.LARGE && isMarked(start)) {
                scan(start);
                drain();
            } else if (state == BlockTable.SMALL) {
                long end = start + BlockTable.BLOCK_BYTES;
                long object = start;
                while ((object = ObjectStarts.next(object, end)) != 0) {
                    if (isMarked(object)) {
                        scan(object);
                        drain();
                    }
                    object += ObjectLayout.ALIGNMENT_BYTES;
                }
            }
        }
    }

    /**
     * A mark stack entry with this bit set is the rest of a reference array still to scan; the entry below
     * it holds the index to go on from. Arrays are scanned {@link #ARRAY_CHUNK} elements at a time so that a
     * big one does not push all its elements at once.
     */
    private static final long ARRAY_REST = 1;
    private static final int ARRAY_CHUNK = 256;

    /** Traces elements {@code from} to {@code from + ARRAY_CHUNK} of a reference array; queues the rest. */
    private static void scanElements(long array, int from) {
        int length = Magic.loadInt(array + ObjectLayout.ARRAY_LENGTH_OFFSET);
        int to = length - from > ARRAY_CHUNK ? from + ARRAY_CHUNK : length;
        if (to < length) {
            MarkStack.pushPair(to, array | ARRAY_REST);
        }
        long elements = array + ObjectLayout.ARRAY_ELEMENTS_OFFSET;
        for (long slot = elements + 8L * from; slot < elements + 8L * to; slot += 8) {
            markSlot(slot);
        }
    }

    /** The bytes {@code object} takes in the heap. */
    static long sizeOf(long object) {
        return sizeOf(object, Magic.loadLong(object + ObjectLayout.TIB_OFFSET));
    }

    /** The bytes {@code object}, whose type block is {@code tib}, takes in the heap. */
    private static long sizeOf(long object, long tib) {
        if (Magic.loadInt(tib + TibLayout.KIND) == TibLayout.KIND_ARRAY) {
            return ObjectLayout.arraySize(Magic.loadInt(tib + TibLayout.ELEMENT_SIZE),
                    Magic.loadInt(object + ObjectLayout.ARRAY_LENGTH_OFFSET));
        }
        return ObjectLayout.align(Magic.loadInt(tib + TibLayout.INSTANCE_SIZE));
    }

    /**
     * Traces the references of {@code object}: a marked one, or an image object that is a root (which is
     * never marked itself).
     */
    static void scan(long object) {
        long tib = Magic.loadLong(object + ObjectLayout.TIB_OFFSET);
        int flags = Magic.loadInt(tib + TibLayout.GC_FLAGS);
        if ((flags & TibLayout.REFERENCE_ELEMENTS) != 0) {
            scanElements(object, 0);
        } else {
            scanFields(object, tib);
            if ((flags & TibLayout.REFERENCE_KINDS) != 0) {
                References.discover(object, flags);
            }
        }
    }

    /** Traces the reference fields of {@code object}, whose type block is {@code tib}. */
    static void scanFields(long object, long tib) {
        long offsets = Magic.loadLong(tib + TibLayout.REFERENCES);
        if (offsets == 0) {
            return;
        }
        int count = Magic.loadInt(offsets);
        for (int i = 0; i < count; i++) {
            markSlot(object + Magic.loadInt(offsets + 4 + 4L * i));
        }
    }
}
