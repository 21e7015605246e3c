package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.runtime.CodeMap;
import org.torito.vm.runtime.Frames;
import org.torito.vm.runtime.Traps;

/**
 * The references on the stack: walks the frames ({@link Frames}) from the collector's own up to the first
 * method called from outside compiled code, and traces the slots the reference map of each call in progress
 * marks. Every call site has a map (the baseline compiler records one per call, and a collection only
 * starts inside a call), so a frame without one is a fatal error naming the method.
 */
final class StackRoots {
    private StackRoots() {
    }

    static void scan() {
        long frame = Magic.framePointer();
        while (Frames.hasJavaCaller(frame)) {
            long returnAddress = Frames.returnAddress(frame);
            long method = CodeMap.find(returnAddress - 1);
            long caller = Frames.caller(frame);
            long shape = CodeMap.referenceMap(method, returnAddress);
            if (shape == 0) {
                Traps.fatal("no reference map for the call returning to", "address", returnAddress, null, 0,
                        false, returnAddress);
            }
            int slots = Magic.loadInt(method + CodeMap.LOCALS) + Magic.loadInt(shape + CodeMap.SHAPE_STACK_SLOTS);
            for (int slot = 0; slot < slots; slot++) {
                long bits = Magic.loadLong(shape + CodeMap.SHAPE_BITS + 8L * (slot >>> 6));
                if ((bits >>> (slot & 63) & 1) != 0) {
                    Marker.markSlot(caller - 8L * (slot + 1)); // local j, then stack slot i, below rbp
                }
            }
            frame = caller;
        }
    }
}
