package org.torito.bootimage.gcmaps;

import static org.torito.bootimage.gcmaps.SlotKind.NON_REFERENCE;
import static org.torito.bootimage.gcmaps.SlotKind.REFERENCE;
import static org.torito.bootimage.gcmaps.SlotKind.UNUSABLE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An abstract interpretation of one method's bytecode that gives, before every reachable instruction, the
 * {@link SlotKind} of each local and operand-stack slot: the data-flow analysis that JVMS §4.10.2.2 describes,
 * with the verifier's types reduced to reference, non-reference and unusable (top).
 *
 * <p>The entry frame holds {@code this} (unless static) and the arguments by descriptor, the other locals
 * unusable, an empty stack (JVMS §2.6.1). Each instruction's effect is JVMS §6.5's, on JVM slots: a long or
 * double pushes two non-reference slots, and the slot-wise instructions ({@code dup2}, {@code pop2}, …)
 * move slots without looking at them. Successors are the next instruction, branch and switch targets, and
 * every exception handler whose range covers the instruction. A handler starts with a stack of one
 * reference, the exception, and the locals the covered instruction started with: an instruction that throws
 * has changed no local (stores and iinc never throw), and the type checker (JVMS §4.10.1.6) checks handlers
 * against that frame too. (The older inference verifier, and ASM's Analyzer, also merge in the frame after
 * the instruction, which loses references a handler may still use.) Frames reaching an instruction from
 * several paths are merged slot by slot, and instructions whose frame changed are interpreted again, until
 * nothing changes.
 *
 * <p>The interpreter checks what it pops against what the instruction needs (a reference for
 * {@code getfield}, an int for {@code ifeq}, …) and refuses, with {@link RejectedException}, bytecode that
 * would not verify that way, as well as {@code jsr}/{@code ret} (subroutines, absent from class files of
 * version 51 and later). It reads the class file itself ({@link MethodCode}) and shares nothing with ASM's
 * {@code tree.analysis}, whose results the compiler's GC maps are built from.
 */
final class IndependentTypes {
    /** The bytecode cannot be analysed: it would not verify, or it uses subroutines. */
    static final class RejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String method;
        private final int bci;

        RejectedException(String method, int bci, String why) {
            super(method + " at bci " + bci + ": " + why);
            this.method = method;
            this.bci = bci;
        }

        String method() {
            return method;
        }

        int bci() {
            return bci;
        }
    }

    private final MethodCode method;
    private final FrameTypes entry;
    /** before[bci]: the frame before the instruction at bci; null if none starts there or none is reached. */
    private final FrameTypes[] before;
    /** starts[bci]: an instruction starts at bci. */
    private final boolean[] starts;
    private final ArrayDeque<Integer> work = new ArrayDeque<>();
    private final boolean[] queued;

    // The instruction being interpreted: its offset and its frame, changed in place
    private int bci;
    private SlotKind[] locals;
    private final SlotKind[] stack;
    private int depth;

    private IndependentTypes(MethodCode method) {
        this.method = method;
        this.before = new FrameTypes[method.length()];
        this.starts = new boolean[method.length()];
        this.queued = new boolean[method.length()];
        this.stack = new SlotKind[method.maxStack()];
        this.entry = entryFrame();
    }

    /** Analyses {@code method}; throws {@link RejectedException} if its bytecode does not verify as above. */
    static IndependentTypes analyze(MethodCode method) {
        IndependentTypes types = new IndependentTypes(method);
        types.run();
        return types;
    }

    /** The frame on entry, before the first instruction and before anything flows back to it. */
    FrameTypes entry() {
        return entry;
    }

    /** The frame before the instruction at {@code bci}, or null if no instruction starting there is reached. */
    FrameTypes before(int bci) {
        return bci >= 0 && bci < before.length ? before[bci] : null;
    }

    MethodCode method() {
        return method;
    }

    // ------------------------------------------------------------------------------------------------
    // The data-flow loop
    // ------------------------------------------------------------------------------------------------

    private void run() {
        bci = 0;
        if (method.length() == 0) {
            throw reject("the code is empty (JVMS §4.7.3: code_length must be greater than zero)");
        }
        for (int at = 0; at < method.length(); at += length(at)) {
            starts[at] = true;
            bci = at;
        }
        for (MethodCode.Handler h : method.handlers()) {
            boolean endOk = h.endPc() == method.length() || (h.endPc() < method.length() && starts[h.endPc()]);
            if (h.startPc() >= h.endPc() || !starts[h.startPc()] || !endOk || !isStart(h.handlerPc())) {
                bci = h.startPc();
                throw reject("exception table entry " + h + " does not bound instructions (JVMS §4.7.3)");
            }
        }
        bci = 0;
        flowTo(0, entry);
        while (!work.isEmpty()) {
            int at = work.removeFirst();
            queued[at] = false;
            interpret(at);
        }
    }

    private FrameTypes entryFrame() {
        SlotKind[] frame = new SlotKind[method.maxLocals()];
        Arrays.fill(frame, UNUSABLE);
        List<SlotKind> arguments = new ArrayList<>();
        if (!method.isStatic()) {
            arguments.add(REFERENCE); // this, initialized or not (in <init>): a reference either way
        }
        for (String type : Descriptors.argumentTypes(method.descriptor())) {
            arguments.addAll(Descriptors.slotsOf(type));
        }
        if (arguments.size() > frame.length) {
            throw reject("the arguments take " + arguments.size() + " slots, max_locals is " + frame.length);
        }
        for (int j = 0; j < arguments.size(); j++) {
            frame[j] = arguments.get(j);
        }
        return new FrameTypes(frame, new SlotKind[0]);
    }

    /** Merges {@code frame} into the frame before {@code target}, and queues target if that changed it. */
    private void flowTo(int target, FrameTypes frame) {
        if (!isStart(target)) {
            throw reject("control flows to " + target + ", where no instruction starts");
        }
        FrameTypes old = before[target];
        FrameTypes merged = old == null ? frame : old.merge(frame);
        if (merged == null) {
            throw reject("the stack reaching " + target + " is " + frame + ", elsewhere " + old
                    + ": depths differ (JVMS §4.10.2.2)");
        }
        if (merged != old) {
            before[target] = merged;
            if (!queued[target]) {
                queued[target] = true;
                work.addLast(target);
            }
        }
    }

    private boolean isStart(int at) {
        return at >= 0 && at < starts.length && starts[at];
    }

    /** Propagates the frame before the instruction at {@code at} to its handlers, then through it. */
    private void interpret(int at) {
        bci = at;
        FrameTypes in = before[at];
        for (MethodCode.Handler h : method.handlers()) {
            if (h.startPc() <= at && at < h.endPc()) {
                flowTo(h.handlerPc(), in.withStack(REFERENCE));
            }
        }
        locals = in.locals();
        depth = in.stackDepth();
        System.arraycopy(in.stack(), 0, stack, 0, depth);
        if (execute(method.u1(at))) {
            int next = at + length(at);
            if (next >= method.length()) {
                throw reject("execution falls off the end of the code (JVMS §4.10.2.2)");
            }
            flowTo(next, frame());
        }
    }

    private FrameTypes frame() {
        return new FrameTypes(locals, Arrays.copyOf(stack, depth));
    }

    // ------------------------------------------------------------------------------------------------
    // Instructions, in opcode order (JVMS §7); each line's effect is JVMS §6.5's
    // ------------------------------------------------------------------------------------------------

    /** Applies the instruction at {@link #bci} to the frame; true if control can go on to the next one. */
    private boolean execute(int opcode) {
        switch (opcode) {
            case Op.NOP -> {
            }
            case Op.ACONST_NULL -> push(REFERENCE);                                    // ... -> ..., null
            case Op.ICONST_M1, Op.ICONST_0, Op.ICONST_1, Op.ICONST_2, Op.ICONST_3, Op.ICONST_4, Op.ICONST_5,
                    Op.FCONST_0, Op.FCONST_1, Op.FCONST_2, Op.BIPUSH, Op.SIPUSH -> push(NON_REFERENCE);
            case Op.LCONST_0, Op.LCONST_1, Op.DCONST_0, Op.DCONST_1 -> pushTwoSlots();
            case Op.LDC -> ldc(method.u1(bci + 1), 1);
            case Op.LDC_W -> ldc(method.u2(bci + 1), 1);
            case Op.LDC2_W -> ldc(method.u2(bci + 1), 2);
            case Op.ILOAD, Op.FLOAD -> load(method.u1(bci + 1), NON_REFERENCE);
            case Op.LLOAD, Op.DLOAD -> loadTwoSlots(method.u1(bci + 1));
            case Op.ALOAD -> load(method.u1(bci + 1), REFERENCE);
            case Op.ILOAD_0, Op.ILOAD_1, Op.ILOAD_2, Op.ILOAD_3 -> load(opcode - Op.ILOAD_0, NON_REFERENCE);
            case Op.LLOAD_0, Op.LLOAD_1, Op.LLOAD_2, Op.LLOAD_3 -> loadTwoSlots(opcode - Op.LLOAD_0);
            case Op.FLOAD_0, Op.FLOAD_1, Op.FLOAD_2, Op.FLOAD_3 -> load(opcode - Op.FLOAD_0, NON_REFERENCE);
            case Op.DLOAD_0, Op.DLOAD_1, Op.DLOAD_2, Op.DLOAD_3 -> loadTwoSlots(opcode - Op.DLOAD_0);
            case Op.ALOAD_0, Op.ALOAD_1, Op.ALOAD_2, Op.ALOAD_3 -> load(opcode - Op.ALOAD_0, REFERENCE);
            case Op.IALOAD, Op.FALOAD, Op.BALOAD, Op.CALOAD, Op.SALOAD -> {       // ..., array, index -> ..., v
                arrayAndIndex();
                push(NON_REFERENCE);
            }
            case Op.LALOAD, Op.DALOAD -> {
                arrayAndIndex();
                pushTwoSlots();
            }
            case Op.AALOAD -> {
                arrayAndIndex();
                push(REFERENCE);
            }
            case Op.ISTORE, Op.FSTORE -> store(method.u1(bci + 1), NON_REFERENCE);
            case Op.LSTORE, Op.DSTORE -> storeTwoSlots(method.u1(bci + 1));
            case Op.ASTORE -> store(method.u1(bci + 1), REFERENCE);
            case Op.ISTORE_0, Op.ISTORE_1, Op.ISTORE_2, Op.ISTORE_3 -> store(opcode - Op.ISTORE_0, NON_REFERENCE);
            case Op.LSTORE_0, Op.LSTORE_1, Op.LSTORE_2, Op.LSTORE_3 -> storeTwoSlots(opcode - Op.LSTORE_0);
            case Op.FSTORE_0, Op.FSTORE_1, Op.FSTORE_2, Op.FSTORE_3 -> store(opcode - Op.FSTORE_0, NON_REFERENCE);
            case Op.DSTORE_0, Op.DSTORE_1, Op.DSTORE_2, Op.DSTORE_3 -> storeTwoSlots(opcode - Op.DSTORE_0);
            case Op.ASTORE_0, Op.ASTORE_1, Op.ASTORE_2, Op.ASTORE_3 -> store(opcode - Op.ASTORE_0, REFERENCE);
            case Op.IASTORE, Op.FASTORE, Op.BASTORE, Op.CASTORE, Op.SASTORE -> { // ..., array, index, v -> ...
                pop(NON_REFERENCE);
                arrayAndIndex();
            }
            case Op.LASTORE, Op.DASTORE -> {
                popTwoSlots();
                arrayAndIndex();
            }
            case Op.AASTORE -> {
                pop(REFERENCE);
                arrayAndIndex();
            }
            case Op.POP -> popAny();                                                  // ..., v -> ...
            case Op.POP2 -> {                                                         // ..., v2, v1 -> ...
                popAny();
                popAny();
            }
            case Op.DUP -> {                                                          // ..., v -> ..., v, v
                SlotKind v = popAny();
                push(v, v);
            }
            case Op.DUP_X1 -> {                                          // ..., v2, v1 -> ..., v1, v2, v1
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                push(v1, v2, v1);
            }
            case Op.DUP_X2 -> {                                  // ..., v3, v2, v1 -> ..., v1, v3, v2, v1
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                SlotKind v3 = popAny();
                push(v1, v3, v2, v1);
            }
            case Op.DUP2 -> {                                            // ..., v2, v1 -> ..., v2, v1, v2, v1
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                push(v2, v1, v2, v1);
            }
            case Op.DUP2_X1 -> {                             // ..., v3, v2, v1 -> ..., v2, v1, v3, v2, v1
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                SlotKind v3 = popAny();
                push(v2, v1, v3, v2, v1);
            }
            case Op.DUP2_X2 -> {                     // ..., v4, v3, v2, v1 -> ..., v2, v1, v4, v3, v2, v1
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                SlotKind v3 = popAny();
                SlotKind v4 = popAny();
                push(v2, v1, v4, v3, v2, v1);
            }
            case Op.SWAP -> {                                                    // ..., v2, v1 -> ..., v1, v2
                SlotKind v1 = popAny();
                SlotKind v2 = popAny();
                push(v1, v2);
            }
            case Op.IADD, Op.FADD, Op.ISUB, Op.FSUB, Op.IMUL, Op.FMUL, Op.IDIV, Op.FDIV, Op.IREM, Op.FREM,
                    Op.ISHL, Op.ISHR, Op.IUSHR, Op.IAND, Op.IOR, Op.IXOR -> {     // ..., a, b -> ..., result
                pop(NON_REFERENCE);
                pop(NON_REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.LADD, Op.DADD, Op.LSUB, Op.DSUB, Op.LMUL, Op.DMUL, Op.LDIV, Op.DDIV, Op.LREM, Op.DREM,
                    Op.LAND, Op.LOR, Op.LXOR -> {
                popTwoSlots();
                popTwoSlots();
                pushTwoSlots();
            }
            case Op.INEG, Op.FNEG -> {
                pop(NON_REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.LNEG, Op.DNEG -> {
                popTwoSlots();
                pushTwoSlots();
            }
            case Op.LSHL, Op.LSHR, Op.LUSHR -> {                   // ..., long, int distance -> ..., long
                pop(NON_REFERENCE);
                popTwoSlots();
                pushTwoSlots();
            }
            case Op.IINC -> local(method.u1(bci + 1), NON_REFERENCE);                 // no stack change
            case Op.I2F, Op.F2I, Op.I2B, Op.I2C, Op.I2S -> {
                pop(NON_REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.I2L, Op.I2D, Op.F2L, Op.F2D -> {
                pop(NON_REFERENCE);
                pushTwoSlots();
            }
            case Op.L2I, Op.L2F, Op.D2I, Op.D2F -> {
                popTwoSlots();
                push(NON_REFERENCE);
            }
            case Op.L2D, Op.D2L -> {
                popTwoSlots();
                pushTwoSlots();
            }
            case Op.LCMP, Op.DCMPL, Op.DCMPG -> {                                      // ..., a, b -> ..., int
                popTwoSlots();
                popTwoSlots();
                push(NON_REFERENCE);
            }
            case Op.FCMPL, Op.FCMPG -> {
                pop(NON_REFERENCE);
                pop(NON_REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.IFEQ, Op.IFNE, Op.IFLT, Op.IFGE, Op.IFGT, Op.IFLE -> {
                pop(NON_REFERENCE);
                branch(method.s2(bci + 1));
            }
            case Op.IF_ICMPEQ, Op.IF_ICMPNE, Op.IF_ICMPLT, Op.IF_ICMPGE, Op.IF_ICMPGT, Op.IF_ICMPLE -> {
                pop(NON_REFERENCE);
                pop(NON_REFERENCE);
                branch(method.s2(bci + 1));
            }
            case Op.IF_ACMPEQ, Op.IF_ACMPNE -> {
                pop(REFERENCE);
                pop(REFERENCE);
                branch(method.s2(bci + 1));
            }
            case Op.GOTO -> {
                branch(method.s2(bci + 1));
                return false;
            }
            case Op.JSR, Op.RET, Op.JSR_W -> throw reject(Op.mnemonic(opcode)
                    + ": subroutines are not analysed (JVMS §4.10.2.5; class files of version 51+ have none)");
            case Op.TABLESWITCH -> {                                         // ..., index -> ... (jumps)
                pop(NON_REFERENCE);
                int table = switchTable();
                int low = method.s4(table + 4);
                int high = method.s4(table + 8);
                branch(method.s4(table));
                for (int k = 0; k <= high - low; k++) {
                    branch(method.s4(table + 12 + 4 * k));
                }
                return false;
            }
            case Op.LOOKUPSWITCH -> {                                             // ..., key -> ... (jumps)
                pop(NON_REFERENCE);
                int table = switchTable();
                branch(method.s4(table));
                int pairs = method.s4(table + 4);
                for (int k = 0; k < pairs; k++) {
                    branch(method.s4(table + 8 + 8 * k + 4)); // match, then offset
                }
                return false;
            }
            case Op.IRETURN, Op.LRETURN, Op.FRETURN, Op.DRETURN, Op.ARETURN, Op.RETURN -> {
                String expected = Descriptors.returnType(method.descriptor());
                if (returnOpcode(expected) != opcode) {
                    throw reject(Op.mnemonic(opcode) + " in a method returning " + expected);
                }
                popType(expected);
                return false;
            }
            case Op.GETSTATIC -> pushType(fieldType());                               // ... -> ..., value
            case Op.PUTSTATIC -> popType(fieldType());                                // ..., value -> ...
            case Op.GETFIELD -> {                                                // ..., object -> ..., value
                pop(REFERENCE);
                pushType(fieldType());
            }
            case Op.PUTFIELD -> {                                                // ..., object, value -> ...
                popType(fieldType());
                pop(REFERENCE);
            }
            case Op.INVOKEVIRTUAL, Op.INVOKESPECIAL, Op.INVOKEINTERFACE ->
                    invoke(true);                            // ..., receiver, arguments -> ..., result
            case Op.INVOKESTATIC, Op.INVOKEDYNAMIC -> invoke(false);    // ..., arguments -> ..., result
            case Op.NEW -> push(REFERENCE);               // ... -> ..., uninitialized object (a reference)
            case Op.NEWARRAY, Op.ANEWARRAY -> {                                  // ..., count -> ..., array
                pop(NON_REFERENCE);
                push(REFERENCE);
            }
            case Op.ARRAYLENGTH -> {                                           // ..., array -> ..., length
                pop(REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.ATHROW -> {                                   // ..., exception -> (to a handler, or out)
                pop(REFERENCE);
                return false;
            }
            case Op.CHECKCAST -> {                                             // ..., object -> ..., object
                pop(REFERENCE);
                push(REFERENCE);
            }
            case Op.INSTANCEOF -> {                                           // ..., object -> ..., 0 or 1
                pop(REFERENCE);
                push(NON_REFERENCE);
            }
            case Op.MONITORENTER, Op.MONITOREXIT -> pop(REFERENCE);                 // ..., object -> ...
            case Op.WIDE -> wide();
            case Op.MULTIANEWARRAY -> {                          // ..., count1, ..., countN -> ..., array
                int dimensions = method.u1(bci + 3);
                if (dimensions < 1) {
                    throw reject("multianewarray with " + dimensions + " dimensions (JVMS §6.5: at least 1)");
                }
                for (int d = 0; d < dimensions; d++) {
                    pop(NON_REFERENCE);
                }
                push(REFERENCE);
            }
            case Op.IFNULL, Op.IFNONNULL -> {
                pop(REFERENCE);
                branch(method.s2(bci + 1));
            }
            case Op.GOTO_W -> {
                branch(method.s4(bci + 1));
                return false;
            }
            default -> throw reject("opcode 0x" + Integer.toHexString(opcode)
                    + " is not a JVM instruction (JVMS §6.5)");
        }
        return true;
    }

    /** {@code wide} (JVMS §6.5 wide): a load, store or ret with a 16-bit index, or iinc with 16-bit operands. */
    private void wide() {
        int opcode = method.u1(bci + 1);
        int index = method.u2(bci + 2);
        switch (opcode) {
            case Op.ILOAD, Op.FLOAD -> load(index, NON_REFERENCE);
            case Op.LLOAD, Op.DLOAD -> loadTwoSlots(index);
            case Op.ALOAD -> load(index, REFERENCE);
            case Op.ISTORE, Op.FSTORE -> store(index, NON_REFERENCE);
            case Op.LSTORE, Op.DSTORE -> storeTwoSlots(index);
            case Op.ASTORE -> store(index, REFERENCE);
            case Op.IINC -> local(index, NON_REFERENCE);
            default -> throw reject("wide " + Op.mnemonic(opcode) + " (JVMS §6.5 wide: only loads, stores, "
                    + "ret and iinc can be widened; ret is not analysed)");
        }
    }

    /** ldc, ldc_w ({@code slots} 1) and ldc2_w (2): the constant's kind comes from its pool tag (JVMS §4.4). */
    private void ldc(int index, int slots) {
        ConstantPool pool = method.pool();
        int tag = pool.tag(index);
        int actual = switch (tag) {
            case ConstantPool.INTEGER, ConstantPool.FLOAT -> {
                push(NON_REFERENCE);
                yield 1;
            }
            case ConstantPool.LONG, ConstantPool.DOUBLE -> {
                pushTwoSlots();
                yield 2;
            }
            case ConstantPool.STRING, ConstantPool.CLASS, ConstantPool.METHOD_TYPE, ConstantPool.METHOD_HANDLE -> {
                push(REFERENCE); // a String, Class, MethodType or MethodHandle object
                yield 1;
            }
            case ConstantPool.DYNAMIC -> { // the constant has its descriptor's type (JVMS §5.4.3.6)
                String type = pool.descriptorOf(index);
                pushType(type);
                yield Descriptors.slotsOf(type).size();
            }
            default -> throw reject("ldc of constant pool entry " + index + " with tag " + tag);
        };
        if (actual != slots) {
            throw reject("ldc" + (slots == 2 ? "2_w" : "") + " of a constant that takes " + actual + " slots");
        }
    }

    /** invoke*: pops the arguments by descriptor, then the receiver if {@code hasReceiver}; pushes the result. */
    private void invoke(boolean hasReceiver) {
        String descriptor = method.pool().descriptorOf(method.u2(bci + 1));
        List<String> arguments = Descriptors.argumentTypes(descriptor);
        for (int k = arguments.size() - 1; k >= 0; k--) {
            popType(arguments.get(k));
        }
        if (hasReceiver) {
            pop(REFERENCE);
        }
        String result = Descriptors.returnType(descriptor);
        if (!result.equals("V")) {
            pushType(result);
        }
    }

    /** The descriptor of the field the instruction at {@link #bci} names. */
    private String fieldType() {
        return method.pool().descriptorOf(method.u2(bci + 1));
    }

    /** Where a switch's table starts: after the opcode, 0-3 bytes pad to a multiple of 4 from the code start. */
    private int switchTable() {
        return (bci + 4) & ~3;
    }

    private void branch(int offset) {
        flowTo(bci + offset, frame());
    }

    // ------------------------------------------------------------------------------------------------
    // Locals and the operand stack
    // ------------------------------------------------------------------------------------------------

    /** Checks that local {@code j} holds {@code kind} (a load or iinc needs it). */
    private void local(int j, SlotKind kind) {
        if (j >= locals.length) {
            throw reject("local " + j + " is beyond max_locals " + locals.length);
        }
        if (locals[j] != kind) {
            throw reject(Op.mnemonic(method.u1(bci)) + " of local " + j + ", which holds " + locals[j]
                    + " where " + kind + " is needed");
        }
    }

    private void load(int j, SlotKind kind) {
        local(j, kind);
        push(kind);
    }

    private void loadTwoSlots(int j) {
        local(j, NON_REFERENCE);
        local(j + 1, NON_REFERENCE);
        pushTwoSlots();
    }

    private void store(int j, SlotKind kind) {
        pop(kind);
        if (j >= locals.length) {
            throw reject("store to local " + j + ", beyond max_locals " + locals.length);
        }
        locals[j] = kind;
    }

    private void storeTwoSlots(int j) {
        popTwoSlots();
        if (j + 1 >= locals.length) {
            throw reject("store of two slots to local " + j + ", beyond max_locals " + locals.length);
        }
        locals[j] = NON_REFERENCE;
        locals[j + 1] = NON_REFERENCE;
    }

    private void push(SlotKind... kinds) {
        for (SlotKind kind : kinds) {
            if (depth == stack.length) {
                throw reject("the operand stack overflows max_stack " + stack.length);
            }
            stack[depth++] = kind;
        }
    }

    private void pushTwoSlots() {
        push(NON_REFERENCE, NON_REFERENCE);
    }

    private SlotKind popAny() {
        if (depth == 0) {
            throw reject(Op.mnemonic(method.u1(bci)) + " pops an empty operand stack");
        }
        return stack[--depth];
    }

    private void pop(SlotKind expected) {
        SlotKind actual = popAny();
        if (actual != expected) {
            throw reject(Op.mnemonic(method.u1(bci)) + " pops " + actual + " from stack slot " + depth
                    + " where " + expected + " is needed");
        }
    }

    private void popTwoSlots() {
        pop(NON_REFERENCE);
        pop(NON_REFERENCE);
    }

    /** ..., array, index -> ... */
    private void arrayAndIndex() {
        pop(NON_REFERENCE);
        pop(REFERENCE);
    }

    private void pushType(String type) {
        push(Descriptors.slotsOf(type).toArray(new SlotKind[0]));
    }

    private void popType(String type) {
        List<SlotKind> slots = Descriptors.slotsOf(type);
        for (int k = slots.size() - 1; k >= 0; k--) {
            pop(slots.get(k));
        }
    }

    private RejectedException reject(String why) {
        return new RejectedException(method.where(), bci, why);
    }

    // ------------------------------------------------------------------------------------------------
    // Return instructions and instruction lengths
    // ------------------------------------------------------------------------------------------------

    /** The return instruction for a method whose return type is {@code type}. */
    private static int returnOpcode(String type) {
        return switch (type.charAt(0)) {
            case 'V' -> Op.RETURN;
            case 'J' -> Op.LRETURN;
            case 'F' -> Op.FRETURN;
            case 'D' -> Op.DRETURN;
            case 'L', '[' -> Op.ARETURN;
            default -> Op.IRETURN; // boolean, byte, char, short and int all return an int
        };
    }

    /** The length in bytes of the instruction at {@code at}, operands included. */
    private int length(int at) {
        try {
            return method.instructionLength(at);
        } catch (IllegalArgumentException e) {
            throw reject(e.getMessage());
        }
    }
}
