package org.torito.compiler.baseline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.torito.compiler.asm.Label;

/**
 * Builds a method's {@link ReferenceMap}s: the compiler records its call sites while it emits code; once the
 * code is laid out, the type of every local and stack slot before each calling instruction comes from a
 * dataflow analysis of the bytecode (ASM's {@link Analyzer} with {@link BasicInterpreter}: a slot that
 * merges a reference with anything else is no reference, as the verifier would refuse to use it as one).
 * Slots of a long or double are never references; an uninitialized object ({@code new} before its
 * constructor) is one.
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
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            throw new IllegalStateException(owner + "." + method.name + method.desc
                    + ": the bytecode does not verify, so it has no GC maps: " + e.getMessage(), e);
        }
        List<ReferenceMap> maps = new ArrayList<>();
        for (Site site : sites) {
            Frame<BasicValue> frame = frames[site.instruction() == null ? 0
                    : method.instructions.indexOf(site.instruction())];
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

    private static boolean isReference(BasicValue value) {
        return value != null && value.isReference();
    }
}
