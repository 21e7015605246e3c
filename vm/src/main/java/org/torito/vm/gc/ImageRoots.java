package org.torito.vm.gc;

import org.torito.vm.runtime.ClassInit;

/**
 * The roots in the image's data, which the image writer lays out so that they are easy to find: the static
 * fields of reference type (one run at the start of the data), the failure slot of every class init record,
 * the class objects (whose fields the class library sets at run time), and the pre-initialized heap (the
 * objects copied from the host for the classes initialized at build time, which code may change to refer to
 * heap objects). The image's other objects (strings, byte arrays) refer to nothing in the heap. The writer
 * stores the bounds into these statics.
 */
final class ImageRoots {
    private static long referenceStatics;
    private static long referenceStaticsEnd;
    private static long initRecords;
    private static long initRecordsEnd;
    private static long classObjects;
    private static long classObjectsEnd;
    /** The pre-initialized heap: a contiguous run of objects of any type. */
    private static long imageHeap;
    private static long imageHeapEnd;
    /** Where the type information blocks are, and the image's data (its objects among them). */
    private static long typeBlocks;
    private static long typeBlocksEnd;
    private static long imageData;
    private static long imageDataEnd;

    private ImageRoots() {
    }

    static void scan() {
        for (long slot = referenceStatics; slot < referenceStaticsEnd; slot += 8) {
            Marker.markSlot(slot);
        }
        for (long record = initRecords; record < initRecordsEnd; record += ClassInit.RECORD_BYTES) {
            Marker.markSlot(record + ClassInit.FAILURE);
        }
        scanObjects(classObjects, classObjectsEnd);
        scanObjects(imageHeap, imageHeapEnd);
    }

    /** Traces the references of the objects that lie one after another in {@code [start, end)}. */
    private static void scanObjects(long start, long end) {
        for (long object = start; object < end; object += Marker.sizeOf(object)) {
            Marker.scan(object);
        }
    }

    /** Whether {@code address} is in the image's data, where its objects are. */
    static boolean isImageData(long address) {
        return address >= imageData && address < imageDataEnd;
    }

    /** Whether {@code address} is in the image's type information blocks. */
    static boolean isTypeBlock(long address) {
        return address >= typeBlocks && address < typeBlocksEnd;
    }
}
