package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.runtime.ClassInit;

/**
 * The roots in the image's data, which the image writer lays out so that they are easy to find: the static
 * fields of reference type (one run at the start of the data), the failure slot of every class init record,
 * and the class objects (whose fields the class library sets at run time). The image's other objects
 * (strings, byte arrays) refer to nothing in the heap. The writer stores the bounds into these statics.
 */
final class ImageRoots {
    private static long referenceStatics;
    private static long referenceStaticsEnd;
    private static long initRecords;
    private static long initRecordsEnd;
    private static long classObjects;
    private static long classObjectsEnd;
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
        long object = classObjects;
        while (object < classObjectsEnd) {
            long tib = Magic.loadLong(object);
            Marker.scanFields(object, tib);
            object += Marker.sizeOf(object);
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
