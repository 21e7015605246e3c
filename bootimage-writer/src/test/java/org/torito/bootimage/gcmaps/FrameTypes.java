package org.torito.bootimage.gcmaps;

import java.util.Arrays;

/**
 * The kind of every local and operand-stack slot of a frame, before one instruction executes. Slots are the
 * JVM's (JVMS §2.6.1, §2.6.2): a long or double takes two, both {@link SlotKind#NON_REFERENCE}. Immutable.
 */
final class FrameTypes {
    /** locals[j]: local slot j; the array has max_locals entries. */
    private final SlotKind[] locals;
    /** stack[i]: operand stack slot i, 0 the bottom; the array's length is the depth in slots. */
    private final SlotKind[] stack;

    FrameTypes(SlotKind[] locals, SlotKind[] stack) {
        this.locals = locals.clone();
        this.stack = stack.clone();
    }

    int maxLocals() {
        return locals.length;
    }

    SlotKind local(int j) {
        return locals[j];
    }

    int stackDepth() {
        return stack.length;
    }

    SlotKind stackSlot(int i) {
        return stack[i];
    }

    SlotKind[] locals() {
        return locals.clone();
    }

    SlotKind[] stack() {
        return stack.clone();
    }

    /** The same locals with a different operand stack (an exception handler's entry: JVMS §4.10.1.6). */
    FrameTypes withStack(SlotKind... newStack) {
        return new FrameTypes(locals, newStack);
    }

    /**
     * This frame merged with {@code other}, slot by slot ({@link SlotKind#merge}); {@code this} itself when
     * the merge changes nothing, so that callers can tell whether a fixed point is reached. Returns null when
     * the stack depths differ: the bytecode does not verify (JVMS §4.10.2.2: stacks must agree at a merge).
     */
    FrameTypes merge(FrameTypes other) {
        if (other.stack.length != stack.length || other.locals.length != locals.length) {
            return null;
        }
        SlotKind[] mergedLocals = merge(locals, other.locals);
        SlotKind[] mergedStack = merge(stack, other.stack);
        if (Arrays.equals(mergedLocals, locals) && Arrays.equals(mergedStack, stack)) {
            return this;
        }
        return new FrameTypes(mergedLocals, mergedStack);
    }

    private static SlotKind[] merge(SlotKind[] a, SlotKind[] b) {
        SlotKind[] merged = new SlotKind[a.length];
        for (int i = 0; i < a.length; i++) {
            merged[i] = a[i].merge(b[i]);
        }
        return merged;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameTypes f && Arrays.equals(locals, f.locals) && Arrays.equals(stack, f.stack);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(locals) + Arrays.hashCode(stack);
    }

    /** {@code locals [R N -] stack [R]}: one letter per slot ({@link SlotKind#letter}). */
    @Override
    public String toString() {
        return "locals " + letters(locals) + " stack " + letters(stack);
    }

    private static String letters(SlotKind[] slots) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < slots.length; i++) {
            s.append(i == 0 ? "" : " ").append(slots[i].letter());
        }
        return s.append(']').toString();
    }
}
