package org.torito.bootimage.image;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which instruction pushed each operand stack slot, before the instructions of a method, and which local
 * slots some path to them stores into: what {@link NullPointerMessages} describes a null value from. The
 * analysis is HotSpot's for JEP 358, not the verifier's, because the messages must come out the same:
 *
 * <ul>
 * <li>a slot remembers one instruction; where paths with different ones meet, it has none ({@link #UNKNOWN});
 * {@code dup}s and {@code swap} move slots with their instruction, {@code checkcast} leaves its operand as
 * it is, every other instruction pushes slots of its own;
 * <li>instructions are visited in bytecode order, each with the state its predecessors left so far, in
 * passes repeated only while a pass reaches an instruction for the first time: a state that changes after
 * its instruction was visited is not propagated again; and the analysis stops on reaching the instruction
 * whose state is wanted;
 * <li>an exception handler starts with the exception as its only slot and no locals stored, whatever the
 * code it covers did: no path leads from that code to the handler;
 * <li>{@code iinc} does not count as a store.
 * </ul>
 *
 * Slots are counted in JVM slots (a long or double takes two, both from the same instruction).
 */
final class StackSources {
    /** A slot whose value comes from different instructions on different paths. */
    static final int UNKNOWN = -1;

    /** The method's instructions in bytecode order (labels, line numbers and frames left out). */
    private final AbstractInsnNode[] instructions;
    private final Map<AbstractInsnNode, Integer> indexOf;
    /** The state before each instruction when the analysis stopped, or null where it had not got. */
    private final State[] states;

    /**
     * The operand stack (instruction index per slot, bottom first) and the local slots stored into. A state
     * is not changed once it is the state of an instruction: a merge makes a new one, so that the states
     * of one moment of the analysis can be kept by copying the array.
     */
    private static final class State {
        int[] slots;
        int size;
        final BitSet stored;

        State(int capacity) {
            slots = new int[Math.max(capacity, 1)];
            stored = new BitSet();
        }

        State(State other) {
            slots = other.slots.clone();
            size = other.size;
            stored = (BitSet) other.stored.clone();
        }

        void push(int source) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, 2 * size);
            }
            slots[size++] = source;
        }

        void push(int source, int count) {
            for (int i = 0; i < count; i++) {
                push(source);
            }
        }

        int pop() {
            return slots[--size];
        }

        void pop(int count) {
            size -= count;
        }

        /** This state merged with {@code other}: a slot keeps its instruction where both agree. */
        State mergedWith(State other) {
            if (other.size != size) {
                throw new IllegalStateException("operand stacks of " + size + " and " + other.size
                        + " slots meet: the bytecode does not verify");
            }
            State merged = new State(this);
            for (int i = 0; i < size; i++) {
                if (slots[i] != other.slots[i]) {
                    merged.slots[i] = UNKNOWN;
                }
            }
            merged.stored.or(other.stored);
            return merged;
        }
    }

    private StackSources(AbstractInsnNode[] instructions, Map<AbstractInsnNode, Integer> indexOf, State[] states) {
        this.instructions = instructions;
        this.indexOf = indexOf;
        this.states = states;
    }

    /** What HotSpot's analysis knows when it stops for {@code target}. */
    static StackSources of(MethodNode method, AbstractInsnNode target) {
        return of(method, List.of(target)).get(target);
    }

    /**
     * What HotSpot's analysis knows when it stops for each instruction of {@code targets}, from one run: the
     * run goes on where HotSpot's would stop, keeping the states of that moment for the target.
     */
    static Map<AbstractInsnNode, StackSources> of(MethodNode method, Collection<AbstractInsnNode> targets) {
        return new Run(method).until(targets);
    }

    /** One run of the analysis over a method. */
    private static final class Run {
        final AbstractInsnNode[] instructions;
        final Map<AbstractInsnNode, Integer> indexOf = new IdentityHashMap<>();
        final State[] states;
        boolean reachedNewInstruction;

        Run(MethodNode method) {
            int count = 0;
            for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn.getOpcode() >= 0) {
                    indexOf.put(insn, count++);
                }
            }
            instructions = new AbstractInsnNode[count];
            indexOf.forEach((insn, index) -> instructions[index] = insn);
            states = new State[count];
            states[0] = new State(method.maxStack);
            for (TryCatchBlockNode block : method.tryCatchBlocks) {
                int handler = index(indexOf, block.handler);
                if (states[handler] == null) {
                    State exception = new State(method.maxStack);
                    exception.push(handler);
                    states[handler] = exception;
                }
            }
        }

        /**
         * Passes over the instructions in bytecode order, each visited when it has a state, repeated while a
         * pass reaches an instruction for the first time. HotSpot stops when a pass comes to its target with
         * a state (or when the passes end): the states of that moment are the target's.
         */
        Map<AbstractInsnNode, StackSources> until(Collection<AbstractInsnNode> targets) {
            Map<AbstractInsnNode, StackSources> views = new IdentityHashMap<>();
            BitSet pending = new BitSet();
            targets.forEach(t -> pending.set(indexOf.get(t)));
            reachedNewInstruction = true;
            while (reachedNewInstruction && !pending.isEmpty()) {
                reachedNewInstruction = false;
                for (int i = 0; i < instructions.length; i++) {
                    if (states[i] != null) {
                        visit(i);
                    }
                    if (pending.get(i + 1) && states[i + 1] != null) {
                        pending.clear(i + 1);
                        views.put(instructions[i + 1], new StackSources(instructions, indexOf, states.clone()));
                        if (pending.isEmpty()) {
                            return views;
                        }
                    }
                }
            }
            pending.stream().forEach(i -> views.put(instructions[i], new StackSources(instructions, indexOf,
                    states.clone())));
            return views;
        }

        // ------------------------------------------------------------------------------------------------
        // One instruction: its effect on the state, then the states of its successors
        // ------------------------------------------------------------------------------------------------

        private void visit(int i) {
            AbstractInsnNode insn = instructions[i];
            State s = new State(states[i]);
            int op = insn.getOpcode();
            boolean continues = true;
            switch (op) {
                case Opcodes.NOP, Opcodes.CHECKCAST, Opcodes.IINC -> {
                }
                case Opcodes.ACONST_NULL, Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2,
                        Opcodes.ICONST_3, Opcodes.ICONST_4, Opcodes.ICONST_5, Opcodes.FCONST_0, Opcodes.FCONST_1,
                        Opcodes.FCONST_2, Opcodes.BIPUSH, Opcodes.SIPUSH, Opcodes.ILOAD, Opcodes.FLOAD, Opcodes.ALOAD,
                        Opcodes.NEW -> s.push(i);
                case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1, Opcodes.LLOAD,
                        Opcodes.DLOAD -> s.push(i, 2);
                case Opcodes.LDC -> s.push(i, constantSlots(((LdcInsnNode) insn).cst));
                case Opcodes.ISTORE, Opcodes.FSTORE, Opcodes.ASTORE -> {
                    s.pop(1);
                    s.stored.set(((VarInsnNode) insn).var);
                }
                case Opcodes.LSTORE, Opcodes.DSTORE -> {
                    s.pop(2);
                    s.stored.set(((VarInsnNode) insn).var, ((VarInsnNode) insn).var + 2);
                }
                case Opcodes.IALOAD, Opcodes.FALOAD, Opcodes.AALOAD, Opcodes.BALOAD, Opcodes.CALOAD,
                        Opcodes.SALOAD -> {
                    s.pop(2);
                    s.push(i);
                }
                case Opcodes.LALOAD, Opcodes.DALOAD -> {
                    s.pop(2);
                    s.push(i, 2);
                }
                case Opcodes.IASTORE, Opcodes.FASTORE, Opcodes.AASTORE, Opcodes.BASTORE, Opcodes.CASTORE,
                        Opcodes.SASTORE -> s.pop(3);
                case Opcodes.LASTORE, Opcodes.DASTORE -> s.pop(4);
                case Opcodes.POP, Opcodes.MONITORENTER, Opcodes.MONITOREXIT, Opcodes.IFEQ, Opcodes.IFNE, Opcodes.IFLT,
                        Opcodes.IFGE, Opcodes.IFGT, Opcodes.IFLE, Opcodes.IFNULL, Opcodes.IFNONNULL -> s.pop(1);
                case Opcodes.POP2, Opcodes.IF_ICMPEQ, Opcodes.IF_ICMPNE, Opcodes.IF_ICMPLT, Opcodes.IF_ICMPGE,
                        Opcodes.IF_ICMPGT, Opcodes.IF_ICMPLE, Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE -> s.pop(2);
                case Opcodes.DUP, Opcodes.DUP_X1, Opcodes.DUP_X2, Opcodes.DUP2, Opcodes.DUP2_X1, Opcodes.DUP2_X2,
                        Opcodes.SWAP -> shuffle(s, op);
                case Opcodes.IADD, Opcodes.ISUB, Opcodes.IMUL, Opcodes.IDIV, Opcodes.IREM, Opcodes.ISHL,
                        Opcodes.ISHR, Opcodes.IUSHR, Opcodes.IAND, Opcodes.IOR, Opcodes.IXOR, Opcodes.FADD,
                        Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM, Opcodes.FCMPL, Opcodes.FCMPG ->
                        replace(s, i, 2, 1);
                case Opcodes.LADD, Opcodes.LSUB, Opcodes.LMUL, Opcodes.LDIV, Opcodes.LREM, Opcodes.LAND, Opcodes.LOR,
                        Opcodes.LXOR, Opcodes.DADD, Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM ->
                        replace(s, i, 4, 2);
                case Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR -> replace(s, i, 3, 2);
                case Opcodes.INEG, Opcodes.FNEG, Opcodes.I2F, Opcodes.F2I, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S,
                        Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.ARRAYLENGTH, Opcodes.INSTANCEOF ->
                        replace(s, i, 1, 1);
                case Opcodes.LNEG, Opcodes.DNEG, Opcodes.L2D, Opcodes.D2L -> replace(s, i, 2, 2);
                case Opcodes.I2L, Opcodes.I2D, Opcodes.F2L, Opcodes.F2D -> replace(s, i, 1, 2);
                case Opcodes.L2I, Opcodes.L2F, Opcodes.D2I, Opcodes.D2F -> replace(s, i, 2, 1);
                case Opcodes.LCMP, Opcodes.DCMPL, Opcodes.DCMPG -> replace(s, i, 4, 1);
                case Opcodes.JSR -> { // the subroutine continues after it, through ret (class files before Java 6)
                    s.push(i);
                    continues = false;
                }
                case Opcodes.TABLESWITCH, Opcodes.LOOKUPSWITCH -> {
                    s.pop(1);
                    continues = false;
                }
                case Opcodes.GOTO, Opcodes.RET, Opcodes.IRETURN, Opcodes.LRETURN, Opcodes.FRETURN, Opcodes.DRETURN,
                        Opcodes.ARETURN, Opcodes.RETURN, Opcodes.ATHROW -> continues = false;
                case Opcodes.GETSTATIC -> s.push(i, Type.getType(((FieldInsnNode) insn).desc).getSize());
                case Opcodes.PUTSTATIC -> s.pop(Type.getType(((FieldInsnNode) insn).desc).getSize());
                case Opcodes.GETFIELD -> replace(s, i, 1, Type.getType(((FieldInsnNode) insn).desc).getSize());
                case Opcodes.PUTFIELD -> s.pop(1 + Type.getType(((FieldInsnNode) insn).desc).getSize());
                case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE -> {
                    MethodInsnNode call = (MethodInsnNode) insn;
                    int sizes = Type.getArgumentsAndReturnSizes(call.desc);
                    replace(s, i, (sizes >> 2) - (op == Opcodes.INVOKESTATIC ? 1 : 0), sizes & 3);
                }
                case Opcodes.INVOKEDYNAMIC -> {
                    int sizes = Type.getArgumentsAndReturnSizes(((InvokeDynamicInsnNode) insn).desc);
                    replace(s, i, (sizes >> 2) - 1, sizes & 3);
                }
                case Opcodes.MULTIANEWARRAY -> replace(s, i, ((MultiANewArrayInsnNode) insn).dims, 1);
                default -> throw new IllegalStateException("no stack effect for opcode " + op);
            }
            if (continues && i + 1 < instructions.length) {
                flowTo(i + 1, s);
            }
            if (insn instanceof JumpInsnNode jump) {
                flowTo(index(indexOf, jump.label), s);
            } else if (insn instanceof TableSwitchInsnNode table) {
                flowTo(index(indexOf, table.dflt), s);
                table.labels.forEach(label -> flowTo(index(indexOf, label), s));
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                flowTo(index(indexOf, lookup.dflt), s);
                lookup.labels.forEach(label -> flowTo(index(indexOf, label), s));
            }
        }

        private void flowTo(int index, State state) {
            if (states[index] == null) {
                states[index] = state;
                reachedNewInstruction = true;
            } else {
                states[index] = states[index].mergedWith(state);
            }
        }

        /** Pops {@code popped} slots, then pushes {@code pushed} slots that come from instruction {@code i}. */
        private static void replace(State s, int i, int popped, int pushed) {
            s.pop(popped);
            s.push(i, pushed);
        }

        private static int constantSlots(Object constant) {
            if (constant instanceof Long || constant instanceof Double) {
                return 2;
            }
            return constant instanceof ConstantDynamic dynamic ? Type.getType(dynamic.getDescriptor()).getSize() : 1;
        }

        /** The dup family and swap (JVMS §6.5): slots move, keeping the instruction that pushed them. */
        private static void shuffle(State s, int op) {
            int depth = switch (op) {
                case Opcodes.DUP -> 1;
                case Opcodes.DUP_X1, Opcodes.DUP2, Opcodes.SWAP -> 2;
                case Opcodes.DUP_X2, Opcodes.DUP2_X1 -> 3;
                default -> 4;
            };
            int[] top = new int[depth]; // top[0] is the top slot
            for (int i = 0; i < depth; i++) {
                top[i] = s.pop();
            }
            int[] order = switch (op) { // bottom first, as indexes into top
                case Opcodes.DUP -> new int[] {0, 0};
                case Opcodes.DUP_X1 -> new int[] {0, 1, 0};
                case Opcodes.DUP_X2 -> new int[] {0, 2, 1, 0};
                case Opcodes.DUP2 -> new int[] {1, 0, 1, 0};
                case Opcodes.DUP2_X1 -> new int[] {1, 0, 2, 1, 0};
                case Opcodes.DUP2_X2 -> new int[] {1, 0, 3, 2, 1, 0};
                default -> new int[] {0, 1}; // swap
            };
            for (int slot : order) {
                s.push(top[slot]);
            }
        }
    }

    /** The index of instruction {@code insn} in bytecode order. */
    int index(AbstractInsnNode insn) {
        return indexOf.get(insn);
    }

    /** The index of the first instruction at or after {@code label}; the instruction count at the end. */
    int index(LabelNode label) {
        return index(indexOf, label);
    }

    private static int index(Map<AbstractInsnNode, Integer> indexOf, LabelNode label) {
        for (AbstractInsnNode insn = label; insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() >= 0) {
                return indexOf.get(insn);
            }
        }
        return indexOf.size();
    }

    AbstractInsnNode instruction(int index) {
        return instructions[index];
    }

    /** Whether the analysis has a state before instruction {@code index}. */
    boolean reached(int index) {
        return states[index] != null;
    }

    /** The instruction that pushed slot {@code depth} (0 = the top) before instruction {@code index}, or UNKNOWN. */
    int source(int index, int depth) {
        State state = states[index];
        return state.slots[state.size - 1 - depth];
    }

    /** Whether some path to instruction {@code index} stores into local slot {@code local}. */
    boolean stored(int index, int local) {
        return states[index].stored.get(local);
    }
}
