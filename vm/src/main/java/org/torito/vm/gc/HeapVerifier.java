package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.runtime.Traps;

/**
 * A debug check after each collection (kernel option {@code gc.verify}): traces the heap again from the
 * roots and checks every reference on the way. It must be null, an image object, or the start of a heap
 * object the collection marked, in a block it kept (holding small objects, or the first block of a large
 * object), whose header points to a type information block. Anything else stops the machine naming the slot and the value.
 */
final class HeapVerifier {
    private HeapVerifier() {
    }

    static void verify() {
        Marker.beginVerification();
        MarkStack.reset();
        ImageRoots.scan();
        StackRoots.scan();
        Marker.drain();
        while (MarkStack.overflowed()) {
            Marker.rescanMarked();
        }
        Marker.endVerification();
    }

    /**
     * Checks the reference {@code object} found at {@code slot}; {@code visited} when this verification
     * already reached it.
     */
    static void check(long slot, long object, int collectedEpoch, boolean visited) {
        if (visited) {
            return;
        }
        if (!BlockTable.contains(object)) {
            if (!ImageRoots.isImageData(object)) {
                fail("a reference points outside the heap and the image's data", slot, object);
            }
            return;
        }
        int block = BlockTable.blockOf(object);
        int state = BlockTable.state(block);
        if (state == BlockTable.LARGE) {
            if (object != BlockTable.address(block)) {
                fail("a reference points into a large object, not to its start", slot, object);
            }
        } else if (state != BlockTable.SMALL) {
            fail("a reference points into a free block", slot, object);
        }
        if (!ObjectStarts.isStart(object)) {
            fail("a reference points to no object start", slot, object);
        }
        if ((Magic.loadByte(object + ObjectLayout.STATUS_OFFSET + 4) & 0xFF) != collectedEpoch) {
            fail("a reachable object was not marked by the collection", slot, object);
        }
        if (!ImageRoots.isTypeBlock(Magic.loadLong(object + ObjectLayout.TIB_OFFSET))) {
            fail("a reachable object's header does not point to a type information block", slot, object);
        }
    }

    private static void fail(String what, long slot, long object) {
        Traps.fatal(what, "slot", slot, "value", object, false, 0);
    }
}
