package org.torito.compiler.baseline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.torito.compiler.asm.Label;

/**
 * Builds a method's {@link ReferenceMap}s: the compiler records its call sites while it emits code; once the
 * code is laid out, the type of every local and stack slot before each calling instruction comes from a
 * dataflow analysis of the bytecode: ASM's {@link Frame} and {@link BasicInterpreter} give each instruction's
 * effect, and a worklist here propagates frames along the control flow. A slot that merges a reference with
 * anything else is no reference, as the verifier would refuse to use it as one. Slots of a long or double are
 * never references; an uninitialized object ({@code new} before its constructor) is one.
 *
 * <p>The driver is ours, not ASM's {@code Analyzer}, for two reasons the independent checker in the image
 * writer's tests found: an exception handler must start from the frames <em>before</em> the instructions it
 * covers (JVMS §4.10.1.6; a store that completed cannot throw, so the handler still sees the old value) —
 * {@code Analyzer} also merges the frames after them, which would drop references a handler still uses — and
 * the prologue's map must be the entry frame itself, not the frame at offset 0, which a loop back to offset 0
 * merges with later states.
 */
final class ReferenceMaps {
    /** A call the compiler emitted: the label after it, the instruction it belongs to and its stack use. */
    private record Site(Label returnAddress, AbstractInsnNode instruction, int bci, int slotsConsumed) {
    }

    private final List<Site> sites = new ArrayList<>();

    void record(Label returnAddress, AbstractInsnNode instruction, int bci, int slotsConsumed) {
        sites.add(new Site(returnAddress, instruction, bci, slotsConsumed));
    }

    /** The maps of every recorded site, once labels have offsets. */
    List<ReferenceMap> build(String owner, MethodNode method) {
        if (sites.isEmpty()) {
            return List.of();
        }
        Frame<BasicValue> entry = entryFrame(owner, method);
        Frame<BasicValue>[] frames;
        try {
            frames = analyze(method, entry);
        } catch (AnalyzerException e) {
            throw new IllegalStateException(owner + "." + method.name + method.desc
                    + ": the bytecode does not verify, so it has no GC maps: " + e.getMessage(), e);
        }
        List<ReferenceMap> maps = new ArrayList<>();
        for (Site site : sites) {
            Frame<BasicValue> frame = site.bci() < 0 ? entry : frames[method.instructions.indexOf(site.instruction())];
            if (frame == null) {
                continue; // unreachable code: no call from here ever happens
            }
            BitSet locals = new BitSet();
            for (int j = 0; j < frame.getLocals(); j++) {
                if (isReference(frame.getLocal(j))) {
                    locals.set(j);
                }
            }
            BitSet stack = new BitSet();
            int slots = 0;
            for (int i = 0; i < frame.getStackSize(); i++) {
                BasicValue value = frame.getStack(i);
                if (value.getSize() == 2) {
                    slots += 2; // padding, then the value: neither is a reference
                } else {
                    if (isReference(value)) {
                        stack.set(slots);
                    }
                    slots++;
                }
            }
            int live = slots - site.slotsConsumed();
            if (live < 0) {
                throw new IllegalStateException(owner + "." + method.name + method.desc + " at " + site.bci()
                        + ": a call consumes " + site.slotsConsumed() + " slots of a stack of " + slots);
            }
            maps.add(new ReferenceMap((int) site.returnAddress().offset(), site.bci(), locals,
                    stack.get(0, live), live));
        }
        return maps;
    }

    /** The frame on entry: the receiver and arguments in their slots, every other local unusable. */
    private static Frame<BasicValue> entryFrame(String owner, MethodNode method) {
        Frame<BasicValue> frame = new Frame<>(method.maxLocals, method.maxStack);
        BasicInterpreter interpreter = new BasicInterpreter();
        int slot = 0;
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            frame.setLocal(slot++, interpreter.newValue(Type.getObjectType(owner)));
        }
        for (Type argument : Type.getArgumentTypes(method.desc)) {
            frame.setLocal(slot++, interpreter.newValue(argument));
            if (argument.getSize() == 2) {
                frame.setLocal(slot++, BasicValue.UNINITIALIZED_VALUE);
            }
        }
        while (slot < method.maxLocals) {
            frame.setLocal(slot++, BasicValue.UNINITIALIZED_VALUE);
        }
        return frame;
    }

    /**
     * The frame before every instruction (null where unreachable): a worklist over the control flow, where an
     * exception handler receives, for each instruction it covers, the frame before that instruction with the
     * exception as the only stack value.
     */
    private static Frame<BasicValue>[] analyze(MethodNode method, Frame<BasicValue> entry) throws AnalyzerException {
        InsnList insns = method.instructions;
        int n = insns.size();
        @SuppressWarnings("unchecked")
        Frame<BasicValue>[] frames = (Frame<BasicValue>[]) new Frame<?>[n];
        List<List<TryCatchBlockNode>> handlers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            handlers.add(new ArrayList<>());
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            for (int i = insns.indexOf(block.start); i < insns.indexOf(block.end); i++) {
                handlers.get(i).add(block);
            }
        }
        BasicInterpreter interpreter = new BasicInterpreter();
        boolean[] queued = new boolean[n];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        merge(frames, 0, new Frame<>(entry), interpreter, queued, work);
        while (!work.isEmpty()) {
            int i = work.removeFirst();
            queued[i] = false;
            Frame<BasicValue> before = frames[i];
            AbstractInsnNode insn = insns.get(i);
            for (TryCatchBlockNode block : handlers.get(i)) {
                Frame<BasicValue> handler = new Frame<>(before);
                handler.clearStack();
                handler.push(interpreter.newValue(Type.getObjectType(block.type == null ? "java/lang/Throwable"
                        : block.type)));
                merge(frames, insns.indexOf(block.handler), handler, interpreter, queued, work);
            }
            if (insn.getOpcode() < 0) { // label, line number, frame: no effect
                if (i + 1 < n) {
                    merge(frames, i + 1, new Frame<>(before), interpreter, queued, work);
                }
                continue;
            }
            Frame<BasicValue> after = new Frame<>(before);
            after.execute(insn, interpreter);
            int op = insn.getOpcode();
            if (insn instanceof JumpInsnNode jump) {
                merge(frames, insns.indexOf(jump.label), after, interpreter, queued, work);
                if (op != Opcodes.GOTO && i + 1 < n) {
                    merge(frames, i + 1, new Frame<>(after), interpreter, queued, work);
                }
            } else if (insn instanceof TableSwitchInsnNode table) {
                merge(frames, insns.indexOf(table.dflt), after, interpreter, queued, work);
                for (LabelNode label : table.labels) {
                    merge(frames, insns.indexOf(label), new Frame<>(after), interpreter, queued, work);
                }
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                merge(frames, insns.indexOf(lookup.dflt), after, interpreter, queued, work);
                for (LabelNode label : lookup.labels) {
                    merge(frames, insns.indexOf(label), new Frame<>(after), interpreter, queued, work);
                }
            } else if (!(op >= Opcodes.IRETURN && op <= Opcodes.RETURN) && op != Opcodes.ATHROW && i + 1 < n) {
                merge(frames, i + 1, after, interpreter, queued, work);
            }
        }
        return frames;
    }

    private static void merge(Frame<BasicValue>[] frames, int index, Frame<BasicValue> frame,
                              BasicInterpreter interpreter, boolean[] queued, java.util.ArrayDeque<Integer> work)
            throws AnalyzerException {
        boolean changed;
        if (frames[index] == null) {
            frames[index] = frame;
            changed = true;
        } else {
            changed = frames[index].merge(frame, interpreter);
        }
        if (changed && !queued[index]) {
            queued[index] = true;
            work.addLast(index);
        }
    }

    private static boolean isReference(BasicValue value) {
        return value != null && value.isReference();
    }
}
