package org.torito.compiler.baseline;

import java.util.BitSet;

/**
 * Which slots of a frame hold references while a call is in progress: the exact GC map of one call site
 * (every call can reach an allocation, so every call is a place the collector may walk the stack).
 *
 * @param returnOffset machine-code offset of the return address, from the method's start: how a stack walk
 *                     finds the map of a frame
 * @param bci the bytecode offset of the instruction making the call, or -1 for the prologue's stack check
 * @param locals bit j set: local slot j ({@code Abi.local(j)}) holds a reference
 * @param stack bit i set: operand stack slot i (0 = the bottom, the first pushed) holds a reference
 * @param stackSlots how many operand stack slots are on the machine stack below the call's arguments
 */
public record ReferenceMap(int returnOffset, int bci, BitSet locals, BitSet stack, int stackSlots) {
    public ReferenceMap {
        locals = (BitSet) locals.clone();
        stack = (BitSet) stack.clone();
    }

    @Override
    public BitSet locals() {
        return (BitSet) locals.clone();
    }

    @Override
    public BitSet stack() {
        return (BitSet) stack.clone();
    }
}
