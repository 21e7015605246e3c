package org.torito.compiler.baseline;

import static org.torito.compiler.asm.Gpr.CL;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.EDX;
import static org.torito.compiler.asm.Gpr.RAX;
import static org.torito.compiler.asm.Gpr.RCX;
import static org.torito.compiler.asm.Gpr.RDX;
import static org.torito.compiler.asm.Gpr.RSI;
import static org.torito.compiler.asm.Gpr.RSP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.util.Printer;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Imm;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;
import org.torito.compiler.asm.Ref;
import org.torito.compiler.desugar.Invokedynamics;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.runtime.Stacks;

/**
 * The baseline compiler: one pass over a method's bytecode, one machine-code template per bytecode, the JVM
 * operand stack kept on the machine stack (frame and convention in {@link Abi}).
 *
 * <p>It compiles: int, long, float and double constants, locals, arithmetic, shifts, compares and
 * conversions with the exact Java rules (floating point in {@link FloatingPoint}); branches, loops and
 * switches; static, special, virtual (vtable) and interface (itable) calls; objects, arrays and fields at
 * the offsets the {@link ClassModel} gives; type checks, allocation and class initialization through the
 * runtime's {@link Entrypoints}; exceptions (handler tables in machine-code offsets, failed checks throw
 * in line so the return address lies in the right handler range); string and class literals; and
 * {@link org.torito.vm.Magic} intrinsics ({@link MagicIntrinsics}). invokedynamic for string concatenation,
 * lambdas and records' methods is desugared first ({@link org.torito.compiler.desugar}); not yet: other invokedynamic
 * bootstraps (pattern switches), jsr/ret (rejected, as pre-Java-6 class files).
 * Anything unsupported is an {@link UnsupportedBytecodeException} naming the method, bytecode and offset.
 */
public final class BaselineCompiler {
    private final MethodReference method;
    /** The method as compiled: the one given, or a copy with invokedynamic desugared. */
    private final MethodNode node;
    /** The bytecode offset of every instruction; desugared instructions have the offset of the one they replace. */
    private final java.util.Map<AbstractInsnNode, Integer> bciOf = new java.util.IdentityHashMap<>();
    private final Assembler a = newAssembler();
    private final Map<LabelNode, Label> labels = new HashMap<>();
    private final int argumentSlots;
    /** The checks that cannot fail. */
    private final OperandFacts facts;
    /** Whether the operand the current bytecode checks for null is known never to be null. */
    private boolean checkedOperandNonNull;
    private final int codeBytes;
    private int currentBci;
    private String currentBytecode = "";

    private final ClassModel model;
    private final ReferenceMaps referenceMaps = new ReferenceMaps();
    /** The return address of each null check's trap call, with the bytecode offset of the checked instruction. */
    private final Map<Label, Integer> nullChecks = new java.util.LinkedHashMap<>();
    /** The instruction being compiled, or null in the prologue. */
    private AbstractInsnNode currentInsn;
    private final java.util.Set<String> instantiated = new java.util.LinkedHashSet<>();
    private final java.util.Set<CompiledMethod.VirtualCall> virtualCalls = new java.util.LinkedHashSet<>();

    private BaselineCompiler(String owner, MethodNode node, byte[] classFile, ClassModel model) {
        this.model = model;
        this.method = new MethodReference(owner, node.name, node.desc);
        if ((node.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) {
            throw new UnsupportedBytecodeException(method.toString(), "(none)", 0,
                    ((node.access & Opcodes.ACC_NATIVE) != 0 ? "a native method" : "an abstract method")
                    + " has no bytecode to compile; a native method needs a substitution (@TargetClass/@Substitute)");
        }
        int[] offsetsAndLength = BytecodeOffsets.offsetsAndLength(classFile, node.name, node.desc);
        this.codeBytes = offsetsAndLength[offsetsAndLength.length - 1];
        this.node = desugared(node, offsetsAndLength);
        this.facts = OperandFacts.of(owner, this.node);
        // getArgumentsAndReturnSizes counts a receiver slot: static methods have none
        this.argumentSlots = (Type.getArgumentsAndReturnSizes(node.desc) >> 2)
                - ((node.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
    }

    /**
     * {@code node} itself, or a copy in which invokedynamic is desugared ({@link Invokedynamics}; the given
     * tree may be shared);
     * fills {@link #bciOf} from the class file's offsets, which match the original instructions one to one.
     */
    private MethodNode desugared(MethodNode original, int[] offsetsAndLength) {
        boolean desugar = false;
        for (AbstractInsnNode insn = original.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            desugar |= Invokedynamics.isDesugared(insn);
        }
        MethodNode target = original;
        if (desugar) {
            target = new MethodNode(Opcodes.ASM9, original.access, original.name, original.desc, original.signature,
                    original.exceptions.toArray(new String[0]));
            original.accept(target);
        }
        int index = 0;
        for (AbstractInsnNode insn = target.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() >= 0) {
                if (index >= offsetsAndLength.length - 1) {
                    throw new IllegalStateException(method + ": ASM gave more instructions than the class file has");
                }
                bciOf.put(insn, offsetsAndLength[index++]);
            }
        }
        if (index != offsetsAndLength.length - 1) {
            throw new IllegalStateException(method + ": ASM gave " + index + " instructions, the class file has "
                    + (offsetsAndLength.length - 1));
        }
        if (desugar) {
            java.util.Map<AbstractInsnNode, AbstractInsnNode> origins = new java.util.IdentityHashMap<>();
            Invokedynamics.rewrite(method.owner(), target, model, origins);
            origins.forEach((insn, origin) -> bciOf.put(insn, bciOf.get(origin)));
        }
        return target;
    }

    /**
     * Compiles {@code node}, a method of class {@code owner} (internal name) read from {@code classFile};
     * {@code model} answers questions about other classes.
     */
    public static CompiledMethod compile(String owner, MethodNode node, byte[] classFile, ClassModel model) {
        return new BaselineCompiler(owner, node, classFile, model).compile();
    }

    private CompiledMethod compile() {
        prologue();
        for (AbstractInsnNode insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LabelNode label) {
                a.bind(label(label));
            } else if (insn.getOpcode() >= 0) {
                currentBci = bciOf.get(insn);
                currentInsn = insn;
                checkedOperandNonNull = facts.checkedOperandIsNonNull(insn);
                currentBytecode = MNEMONICS[insn.getOpcode()];
                try {
                    bytecode(insn);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalStateException(method + ": cannot compile " + currentBytecode + " at offset "
                            + currentBci + ": " + e.getMessage(), e);
                }
            }
        }
        List<Label[]> handlerLabels = new java.util.ArrayList<>();
        for (org.objectweb.asm.tree.TryCatchBlockNode block : node.tryCatchBlocks) {
            Label entry = new Label(); // the unwinder arrives here with the exception in rax
            a.bind(entry);
            a.push(RAX);
            a.jmp(label(block.handler));
            handlerLabels.add(new Label[] {label(block.start), label(block.end), entry});
        }
        org.torito.compiler.asm.MachineCode code = a.finish();
        List<ExceptionHandler> handlers = new java.util.ArrayList<>();
        for (int i = 0; i < node.tryCatchBlocks.size(); i++) {
            Label[] l = handlerLabels.get(i);
            String type = node.tryCatchBlocks.get(i).type;
            handlers.add(new ExceptionHandler((int) l[0].offset(), (int) l[1].offset(), (int) l[2].offset(),
                    type == null ? null : TypeReference.of(type)));
        }
        List<NullCheck> checks = new java.util.ArrayList<>();
        nullChecks.forEach((returnAddress, bci) -> checks.add(new NullCheck((int) returnAddress.offset(), bci)));
        return new CompiledMethod(method, code, codeBytes, instantiated, virtualCalls, handlers, node.maxLocals,
                lineTable(), referenceMaps.build(method.owner(), node), checks);
    }

    /**
     * Emits a call and records it as a GC map site: {@code slotsConsumed} top slots of the current bytecode's
     * operand stack are not live in this frame during the call (see {@link Calls}). Returns its return address.
     */
    private Label call(org.torito.compiler.asm.Operand target, int slotsConsumed) {
        a.call(target);
        Label returnAddress = new Label();
        a.bind(returnAddress);
        referenceMaps.record(returnAddress, currentInsn == null ? node.instructions.getFirst() : currentInsn,
                currentInsn == null ? -1 : currentBci, slotsConsumed);
        return returnAddress;
    }

    /** (machine offset, line) pairs from the method's LineNumberTable, by offset (JVMS §4.7.12). */
    private int[] lineTable() {
        List<int[]> pairs = new java.util.ArrayList<>();
        for (AbstractInsnNode insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof org.objectweb.asm.tree.LineNumberNode line) {
                pairs.add(new int[] {(int) label(line.start).offset(), line.line});
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(p -> p[0]));
        int[] table = new int[2 * pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            table[2 * i] = pairs.get(i)[0];
            table[2 * i + 1] = pairs.get(i)[1];
        }
        return table;
    }

    /**
     * The assembler for one method: a push that the next bytecode pops at once (a load, then a use) is
     * assembled as one move, about a tenth fewer instructions to run, and to translate under TCG.
     */
    private static Assembler newAssembler() {
        Assembler assembler = new Assembler(Mode.BITS64);
        assembler.fusePushPop();
        return assembler;
    }

    /** Bytecode mnemonics in lower case, as the JVMS writes them (computed once, not per instruction). */
    private static final String[] MNEMONICS = new String[Printer.OPCODES.length];

    static {
        for (int i = 0; i < MNEMONICS.length; i++) {
            MNEMONICS[i] = Printer.OPCODES[i].toLowerCase(java.util.Locale.ROOT);
        }
    }

    private UnsupportedBytecodeException unsupported(String bytecode, int bci, String why) {
        return new UnsupportedBytecodeException(method.toString(), bytecode, bci, why);
    }

    private UnsupportedBytecodeException unsupported(String why) {
        return unsupported(currentBytecode, currentBci, why);
    }

    private Label label(LabelNode node) {
        return labels.computeIfAbsent(node, n -> new Label());
    }

    // ------------------------------------------------------------------------------------------------
    // Frame
    // ------------------------------------------------------------------------------------------------

    private void prologue() {
        a.push(Abi.FRAME_POINTER);
        a.mov(Abi.FRAME_POINTER, RSP);
        for (int slot = 0; slot < argumentSlots; slot++) { // local 0 lies right below the frame pointer
            a.push(Abi.argument(slot, argumentSlots, 64));
        }
        if (node.maxLocals > argumentSlots) {
            a.sub(RSP, (long) Abi.SLOT_BYTES * (node.maxLocals - argumentSlots));
        }
        stackCheck();
    }

    /**
     * Throws StackOverflowError when the stack pointer, less the operand stack and a call's return address if
     * they are larger than half the margin, is below the stack limit ({@code vm.runtime.Stacks}): the limit is
     * first lowered into the red zone so that the trap itself, and everything creating and delivering the
     * error, can run. A leaf (no call to a Java method) with a small frame has no check: the margin above the
     * limit, which its caller checked, holds it.
     */
    private void stackCheck() {
        long operandBytes = (long) Abi.SLOT_BYTES * (node.maxStack + 2);
        long frameBytes = 2L * Abi.SLOT_BYTES + (long) Abi.SLOT_BYTES * node.maxLocals + operandBytes;
        if (frameBytes <= Stacks.UNCHECKED_FRAME_BYTES && callsNoJavaMethod()) {
            return;
        }
        Ref limit = Ref.to(new StaticFieldReference(STACKS, "limit", "J"));
        Label ok = new Label();
        if (operandBytes <= Stacks.MARGIN_BYTES / 2) {
            a.cmp(RSP, Mem.abs(64, limit));
        } else {
            a.lea(RAX, Mem.qword(RSP, -operandBytes));
            a.cmp(RAX, Mem.abs(64, limit));
        }
        a.jcc(Cond.AE, ok);
        a.sub(Mem.abs(64, limit), Stacks.RED_ZONE_BYTES);
        call(Ref.to(Entrypoints.STACK_OVERFLOW), 0);
        a.bind(ok);
    }

    /** Whether the method invokes no method (its only calls are the runtime's, on slow paths). */
    private boolean callsNoJavaMethod() {
        for (AbstractInsnNode insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode || insn instanceof InvokeDynamicInsnNode) {
                return false;
            }
        }
        return true;
    }

    private static final String STACKS = "org/torito/vm/runtime/Stacks";

    private void epilogue() {
        a.emit("leave");
        if (argumentSlots == 0) {
            a.ret();
        } else {
            a.ret(Abi.SLOT_BYTES * argumentSlots);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The walk: one case per bytecode, in JVMS §6.5 order
    // ------------------------------------------------------------------------------------------------

    private void bytecode(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        switch (op) {
            case Opcodes.NOP -> {
            }
            case Opcodes.ACONST_NULL -> a.push(0);
            case Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3,
                    Opcodes.ICONST_4, Opcodes.ICONST_5 -> a.push(op - Opcodes.ICONST_0);
            case Opcodes.LCONST_0, Opcodes.LCONST_1 -> pushLong(op - Opcodes.LCONST_0);
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 ->
                    a.push(Float.floatToRawIntBits(op - Opcodes.FCONST_0));
            case Opcodes.DCONST_0, Opcodes.DCONST_1 -> pushLong(Double.doubleToRawLongBits(op - Opcodes.DCONST_0));
            case Opcodes.BIPUSH, Opcodes.SIPUSH -> a.push(((IntInsnNode) insn).operand);
            case Opcodes.LDC -> emitLdc(((LdcInsnNode) insn).cst);
            case Opcodes.ILOAD, Opcodes.FLOAD, Opcodes.ALOAD -> a.push(Abi.local(((VarInsnNode) insn).var, 64));
            case Opcodes.LLOAD, Opcodes.DLOAD -> emitLload(((VarInsnNode) insn).var);
            case Opcodes.ISTORE, Opcodes.FSTORE, Opcodes.ASTORE -> a.pop(Abi.local(((VarInsnNode) insn).var, 64));
            case Opcodes.LSTORE, Opcodes.DSTORE -> emitLstore(((VarInsnNode) insn).var);
            case Opcodes.POP -> a.add(RSP, Abi.SLOT_BYTES);
            case Opcodes.POP2 -> a.add(RSP, 2 * Abi.SLOT_BYTES);
            case Opcodes.DUP -> a.push(Mem.qword(RSP));
            case Opcodes.DUP_X1 -> shuffle(2, 0, 1, 0);
            case Opcodes.DUP_X2 -> shuffle(3, 0, 2, 1, 0);
            case Opcodes.DUP2 -> shuffle(2, 1, 0, 1, 0);
            case Opcodes.DUP2_X1 -> shuffle(3, 1, 0, 2, 1, 0);
            case Opcodes.DUP2_X2 -> shuffle(4, 1, 0, 3, 2, 1, 0);
            case Opcodes.SWAP -> shuffle(2, 0, 1);
            case Opcodes.IADD -> intOp("add");
            case Opcodes.LADD -> longOp("add");
            case Opcodes.ISUB -> intOp("sub");
            case Opcodes.LSUB -> longOp("sub");
            case Opcodes.IMUL -> emitImul();
            case Opcodes.LMUL -> emitLmul();
            case Opcodes.IDIV -> emitIdiv(false);
            case Opcodes.LDIV -> emitLdiv(false);
            case Opcodes.IREM -> emitIdiv(true);
            case Opcodes.LREM -> emitLdiv(true);
            case Opcodes.INEG -> a.neg(Mem.dword(RSP));
            case Opcodes.LNEG -> a.neg(Mem.qword(RSP));
            case Opcodes.ISHL -> shift("shl", 32);
            case Opcodes.LSHL -> shift("shl", 64);
            case Opcodes.ISHR -> shift("sar", 32);
            case Opcodes.LSHR -> shift("sar", 64);
            case Opcodes.IUSHR -> shift("shr", 32);
            case Opcodes.LUSHR -> shift("shr", 64);
            case Opcodes.IAND -> intOp("and");
            case Opcodes.LAND -> longOp("and");
            case Opcodes.IOR -> intOp("or");
            case Opcodes.LOR -> longOp("or");
            case Opcodes.IXOR -> intOp("xor");
            case Opcodes.LXOR -> longOp("xor");
            case Opcodes.IINC -> {
                IincInsnNode iinc = (IincInsnNode) insn;
                a.add(Abi.local(iinc.var, 32), iinc.incr);
            }
            case Opcodes.I2L -> emitI2l();
            case Opcodes.L2I -> emitL2i();
            case Opcodes.I2B -> narrow("movsx", 8);
            case Opcodes.I2C -> narrow("movzx", 16);
            case Opcodes.I2S -> narrow("movsx", 16);
            case Opcodes.LCMP -> emitLcmp();
            case Opcodes.IFEQ, Opcodes.IFNE, Opcodes.IFLT, Opcodes.IFGE, Opcodes.IFGT, Opcodes.IFLE ->
                    emitIf(Opcodes.IFEQ, op, (JumpInsnNode) insn);
            case Opcodes.IF_ICMPEQ, Opcodes.IF_ICMPNE, Opcodes.IF_ICMPLT, Opcodes.IF_ICMPGE, Opcodes.IF_ICMPGT,
                    Opcodes.IF_ICMPLE -> emitIfCompare(Opcodes.IF_ICMPEQ, op, (JumpInsnNode) insn, 32);
            case Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE ->
                    emitIfCompare(Opcodes.IF_ACMPEQ, op, (JumpInsnNode) insn, 64);
            case Opcodes.GOTO -> a.jmp(label(((JumpInsnNode) insn).label));
            case Opcodes.TABLESWITCH -> emitTableswitch((TableSwitchInsnNode) insn);
            case Opcodes.LOOKUPSWITCH -> emitLookupswitch((LookupSwitchInsnNode) insn);
            case Opcodes.IRETURN, Opcodes.ARETURN, Opcodes.LRETURN, Opcodes.FRETURN, Opcodes.DRETURN -> {
                a.pop(RAX); // a long's (double's) value is on top; its padding slot goes with the frame
                epilogue();
            }
            case Opcodes.RETURN -> epilogue();
            case Opcodes.IALOAD, Opcodes.FALOAD -> arrayLoad("mov", 32, 4, false);
            case Opcodes.LALOAD, Opcodes.DALOAD -> arrayLoad("mov", 64, 8, true);
            case Opcodes.AALOAD -> arrayLoad("mov", 64, 8, false);
            case Opcodes.BALOAD -> arrayLoad("movsx", 8, 1, false);
            case Opcodes.CALOAD -> arrayLoad("movzx", 16, 2, false);
            case Opcodes.SALOAD -> arrayLoad("movsx", 16, 2, false);
            case Opcodes.IASTORE, Opcodes.FASTORE -> arrayStore(32, 4, false);
            case Opcodes.LASTORE, Opcodes.DASTORE -> arrayStore(64, 8, true);
            case Opcodes.AASTORE -> emitAastore();
            case Opcodes.BASTORE -> arrayStore(8, 1, false);
            case Opcodes.CASTORE, Opcodes.SASTORE -> arrayStore(16, 2, false);
            case Opcodes.GETFIELD -> emitGetfield((FieldInsnNode) insn);
            case Opcodes.PUTFIELD -> emitPutfield((FieldInsnNode) insn);
            case Opcodes.INVOKEVIRTUAL -> emitInvokevirtual((MethodInsnNode) insn);
            case Opcodes.INVOKESPECIAL -> emitInvokespecial((MethodInsnNode) insn);
            case Opcodes.INVOKEINTERFACE -> emitInvokeinterface((MethodInsnNode) insn);
            case Opcodes.NEW -> emitNew(((org.objectweb.asm.tree.TypeInsnNode) insn).desc);
            case Opcodes.NEWARRAY -> emitNewarray(primitiveArray(((IntInsnNode) insn).operand));
            case Opcodes.ANEWARRAY -> emitNewarray(arrayOf(((org.objectweb.asm.tree.TypeInsnNode) insn).desc));
            case Opcodes.MULTIANEWARRAY -> emitMultianewarray((org.objectweb.asm.tree.MultiANewArrayInsnNode) insn);
            case Opcodes.ARRAYLENGTH -> {
                a.pop(RAX);
                nullCheck(RAX, 1);
                a.mov(EAX, Mem.dword(RAX, org.torito.vm.object.ObjectLayout.ARRAY_LENGTH_OFFSET));
                a.push(RAX);
            }
            case Opcodes.ATHROW -> { // ..., exception -> (delivered to a handler)
                a.pop(RAX);
                nullCheck(RAX, 1);
                a.push(RAX);
                call(Ref.to(Entrypoints.ATHROW), 1);
            }
            case Opcodes.CHECKCAST -> emitCheckcast(((org.objectweb.asm.tree.TypeInsnNode) insn).desc);
            case Opcodes.INSTANCEOF -> emitInstanceof(((org.objectweb.asm.tree.TypeInsnNode) insn).desc);
            case Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> {
                // One core and one thread so far: a monitor only needs its null check (JVMS §6.5 monitorenter).
                a.pop(RAX);
                nullCheck(RAX, 1);
            }
            case Opcodes.GETSTATIC -> emitGetstatic((FieldInsnNode) insn);
            case Opcodes.PUTSTATIC -> emitPutstatic((FieldInsnNode) insn);
            case Opcodes.INVOKESTATIC -> emitInvokestatic((MethodInsnNode) insn);
            case Opcodes.IFNULL, Opcodes.IFNONNULL -> {
                a.pop(RAX);
                a.test(RAX, RAX);
                a.jcc(op == Opcodes.IFNULL ? Cond.E : Cond.NE, label(((JumpInsnNode) insn).label));
            }
            case Opcodes.JSR, Opcodes.RET -> throw unsupported("jsr/ret come from class files before Java 6;"
                    + " recompile the class with a current javac");
            case Opcodes.INVOKEDYNAMIC -> {
                org.objectweb.asm.Handle bootstrap = ((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn).bsm;
                throw unsupported("its bootstrap method " + bootstrap.getOwner().replace('/', '.') + "."
                        + bootstrap.getName() + " is not one the image desugars (string concatenation, lambdas,"
                        + " records' ObjectMethods)");
            }
            default -> {
                if (!FloatingPoint.emit(a, op, this::call)) {
                    throw unsupported(insn instanceof InsnNode || insn instanceof IntInsnNode
                            ? "not compiled by the first baseline compiler yet" : "not compiled yet");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Templates. Each opens with its stack effect.
    // ------------------------------------------------------------------------------------------------

    /** ... -> ..., value (two slots, the value on top). */
    private void pushLong(long value) {
        a.push(0);
        if (value == (int) value) {
            a.push(value);
        } else {
            a.movabs(RAX, value);
            a.push(RAX);
        }
    }

    private void emitLdc(Object constant) {
        if (constant instanceof Integer i) {
            a.push(i); // ... -> ..., int
        } else if (constant instanceof Long l) {
            pushLong(l);
        } else if (constant instanceof Float f) {
            a.push(Float.floatToRawIntBits(f)); // floats and doubles travel as their bits
        } else if (constant instanceof Double d) {
            pushLong(Double.doubleToRawLongBits(d));
        } else if (constant instanceof String s) {
            a.push(new Imm(0, Ref.to(new StringConstant(s)))); // ... -> ..., string
        } else if (constant instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            a.push(new Imm(0, Ref.to(new ClassLiteral(t.getDescriptor())))); // ... -> ..., class object
        } else {
            throw unsupported("constants of type " + constant.getClass().getSimpleName() + " are not compiled yet");
        }
    }

    /** ... -> ..., long (both slots of the local, in order). */
    private void emitLload(int slot) {
        a.push(Abi.local(slot, 64));
        a.push(Abi.local(slot + 1, 64));
    }

    /** ..., long -> ... */
    private void emitLstore(int slot) {
        a.pop(Abi.local(slot + 1, 64));
        a.pop(Abi.local(slot, 64));
    }

    /**
     * Rearranges the top {@code depth} slots: pops them (top first) into registers, then pushes the registers
     * named by {@code order} (0 = the old top), bottom first: {@code dup_x1} is {@code shuffle(2, 0, 1, 0)}. This is how the dup and swap family is written.
     */
    private void shuffle(int depth, int... order) {
        org.torito.compiler.asm.Gpr[] regs = {RAX, RCX, RDX, RSI};
        for (int i = 0; i < depth; i++) {
            a.pop(regs[i]);
        }
        for (int slot : order) {
            a.push(regs[slot]);
        }
    }

    /** ..., a, b -> ..., a op b (int). */
    private void intOp(String mnemonic) {
        a.pop(RAX);
        a.emit(mnemonic, Mem.dword(RSP), EAX);
    }

    /** ..., a, b -> ..., a op b (long). */
    private void longOp(String mnemonic) {
        popLong(RAX);
        a.emit(mnemonic, Mem.qword(RSP), RAX);
    }

    private void popLong(org.torito.compiler.asm.Gpr reg) {
        Abi.popLong(a, reg);
    }

    /** ..., a, b -> ..., a * b */
    private void emitImul() {
        a.pop(RAX);
        a.imul(EAX, Mem.dword(RSP));
        a.mov(Mem.dword(RSP), EAX);
    }

    private void emitLmul() {
        popLong(RAX);
        a.imul(RAX, Mem.qword(RSP));
        a.mov(Mem.qword(RSP), RAX);
    }

    /**
     * ..., a, b -> ..., a / b or a % b (int). JVMS §6.5 idiv: a zero divisor throws ArithmeticException;
     * MIN_VALUE / -1 is MIN_VALUE and the remainder 0, where the processor's idiv would trap, so -1 takes its
     * own path.
     */
    private void emitIdiv(boolean remainder) {
        Label general = new Label();
        Label done = new Label();
        Label nonZero = new Label();
        a.pop(RCX);
        a.pop(RAX);
        a.test(ECX, ECX);
        a.jcc(Cond.NE, nonZero);
        call(Ref.to(Entrypoints.DIVIDE_BY_ZERO), 2);
        a.bind(nonZero);
        a.cmp(ECX, -1);
        a.jcc(Cond.NE, general);
        if (remainder) {
            a.push(0);
        } else {
            a.neg(EAX);
            a.push(RAX);
        }
        a.jmp(done);
        a.bind(general);
        a.cdq();
        a.idiv(ECX);
        a.push(remainder ? RDX : RAX);
        a.bind(done);
    }

    /** ..., a, b -> ..., a / b or a % b (long), with the same rules. */
    private void emitLdiv(boolean remainder) {
        Label general = new Label();
        Label done = new Label();
        Label nonZero = new Label();
        popLong(RCX);
        a.pop(RAX); // a's padding slot stays and becomes the result's
        a.test(RCX, RCX);
        a.jcc(Cond.NE, nonZero);
        call(Ref.to(Entrypoints.DIVIDE_BY_ZERO), 3);
        a.bind(nonZero);
        a.cmp(RCX, -1);
        a.jcc(Cond.NE, general);
        if (remainder) {
            a.push(0);
        } else {
            a.neg(RAX);
            a.push(RAX);
        }
        a.jmp(done);
        a.bind(general);
        a.cqo();
        a.idiv(RCX);
        a.push(remainder ? RDX : RAX);
        a.bind(done);
    }

    /** ..., value, count -> ..., value shifted; the processor masks the count as JVMS requires (31 or 63). */
    private void shift(String mnemonic, int bits) {
        a.pop(RCX);
        a.emit(mnemonic, Mem.of(bits, RSP, 0), CL);
    }

    /** ..., int -> ..., long */
    private void emitI2l() {
        a.pop(RAX);
        a.movsxd(RAX, EAX);
        Abi.pushLong(a, RAX);
    }

    /** ..., long -> ..., int */
    private void emitL2i() {
        popLong(RAX);
        a.push(RAX);
    }

    /** ..., int -> ..., int narrowed to byte, char or short and widened back. */
    private void narrow(String mnemonic, int bits) {
        a.emit(mnemonic, EAX, Mem.of(bits, RSP, 0));
        a.mov(Mem.dword(RSP), EAX);
    }

    /** ..., a, b -> ..., (a > b) - (a < b) */
    private void emitLcmp() {
        popLong(RCX);
        popLong(RAX);
        a.cmp(RAX, RCX);
        a.setcc(Cond.G, org.torito.compiler.asm.Gpr.DL);
        a.setcc(Cond.L, CL);
        a.movzx(EDX, org.torito.compiler.asm.Gpr.DL);
        a.movzx(ECX, CL);
        a.sub(EDX, ECX);
        a.push(RDX);
    }

    private static Cond condition(int offset) {
        return switch (offset) {
            case 0 -> Cond.E;
            case 1 -> Cond.NE;
            case 2 -> Cond.L;
            case 3 -> Cond.GE;
            case 4 -> Cond.G;
            default -> Cond.LE;
        };
    }

    /** ..., int -> ... ; branches when int op 0. */
    private void emitIf(int first, int op, JumpInsnNode insn) {
        a.pop(RAX);
        a.test(EAX, EAX);
        a.jcc(condition(op - first), label(insn.label));
    }

    /** ..., a, b -> ... ; branches when a op b. */
    private void emitIfCompare(int first, int op, JumpInsnNode insn, int bits) {
        a.pop(RCX);
        a.pop(RAX);
        if (bits == 32) {
            a.cmp(EAX, ECX);
        } else {
            a.cmp(RAX, RCX);
        }
        a.jcc(condition(op - first), label(insn.label));
    }

    /** ..., index -> ... ; a compare chain for now (a jump table later). */
    private void emitTableswitch(TableSwitchInsnNode insn) {
        a.pop(RAX);
        List<LabelNode> targets = insn.labels;
        for (int i = 0; i < targets.size(); i++) {
            a.cmp(EAX, insn.min + i);
            a.jcc(Cond.E, label(targets.get(i)));
        }
        a.jmp(label(insn.dflt));
    }

    /** ..., key -> ... */
    private void emitLookupswitch(LookupSwitchInsnNode insn) {
        a.pop(RAX);
        for (int i = 0; i < insn.keys.size(); i++) {
            a.cmp(EAX, insn.keys.get(i));
            a.jcc(Cond.E, label(insn.labels.get(i)));
        }
        a.jmp(label(insn.dflt));
    }

    /**
     * Makes sure {@code className} is initialized (JVMS §5.5) unless that is certain already: a test of its
     * init record, and a call to the runtime the first time.
     */
    private void initializationCheck(String className) {
        if (!model.needsInitializationCheck(method.owner(), className)) {
            return;
        }
        Ref record = Ref.to(new ClassInitReference(className));
        Label done = new Label();
        a.cmp(Mem.abs(64, record), org.torito.vm.runtime.ClassInit.INITIALIZED);
        a.jcc(Cond.E, done);
        a.push(0);
        a.push(new Imm(0, record));
        call(Ref.to(Entrypoints.INITIALIZE_CLASS), 0);
        a.bind(done);
    }

    /** ... -> ..., value */
    private void emitGetstatic(FieldInsnNode insn) {
        initializationCheck(model.staticFieldOwner(insn.owner, insn.name, insn.desc));
        Ref field = Ref.to(new StaticFieldReference(insn.owner, insn.name, insn.desc));
        switch (insn.desc.charAt(0)) {
            case 'Z' -> a.movzx(EAX, Mem.abs(8, field));
            case 'B' -> a.movsx(EAX, Mem.abs(8, field));
            case 'C' -> a.movzx(EAX, Mem.abs(16, field));
            case 'S' -> a.movsx(EAX, Mem.abs(16, field));
            case 'I', 'F' -> a.mov(EAX, Mem.abs(32, field));
            case 'J', 'D' -> {
                a.push(0);
                a.mov(RAX, Mem.abs(64, field));
            }
            case 'L', '[' -> a.mov(RAX, Mem.abs(64, field));
            default -> throw unsupported("static fields of type " + insn.desc + " are not compiled yet");
        }
        a.push(RAX);
    }

    /** ..., value -> ... */
    private void emitPutstatic(FieldInsnNode insn) {
        initializationCheck(model.staticFieldOwner(insn.owner, insn.name, insn.desc));
        Ref field = Ref.to(new StaticFieldReference(insn.owner, insn.name, insn.desc));
        switch (insn.desc.charAt(0)) {
            case 'Z', 'B' -> {
                a.pop(RAX);
                a.mov(Mem.abs(8, field), org.torito.compiler.asm.Gpr.AL);
            }
            case 'C', 'S' -> {
                a.pop(RAX);
                a.mov(Mem.abs(16, field), org.torito.compiler.asm.Gpr.AX);
            }
            case 'I', 'F' -> {
                a.pop(RAX);
                a.mov(Mem.abs(32, field), EAX);
            }
            case 'J', 'D' -> {
                popLong(RAX);
                a.mov(Mem.abs(64, field), RAX);
            }
            case 'L', '[' -> {
                a.pop(RAX);
                a.mov(Mem.abs(64, field), RAX);
            }
            default -> throw unsupported("static fields of type " + insn.desc + " are not compiled yet");
        }
    }

    /** ..., arguments -> ..., result (the callee pops the arguments). */
    private void emitInvokestatic(MethodInsnNode insn) {
        if (insn.owner.equals(MagicIntrinsics.OWNER)) {
            if (!MagicIntrinsics.emit(a, insn.name, insn.desc, this::call)) {
                throw unsupported("Magic." + insn.name + insn.desc + " is not an intrinsic the compiler knows");
            }
            return;
        }
        initializationCheck(model.staticMethodOwner(insn.owner, insn.name, insn.desc));
        call(Ref.to(new MethodReference(insn.owner, insn.name, insn.desc)),
                (Type.getArgumentsAndReturnSizes(insn.desc) >> 2) - 1);
        pushResult(Type.getReturnType(insn.desc));
    }

    // ------------------------------------------------------------------------------------------------
    // Objects and arrays
    // ------------------------------------------------------------------------------------------------

    /**
     * Throws {@code NullPointerException} when {@code reg} is null. The trap call stays in line: its return
     * address must lie in the bytecode's own exception-table ranges, and it identifies the check
     * ({@link NullCheck}).
     */
    private void nullCheck(org.torito.compiler.asm.Gpr reg, int slotsConsumed) {
        if (checkedOperandNonNull) {
            return; // this, a new object or a constant: never null (OperandFacts)
        }
        Label ok = new Label();
        a.test(reg, reg);
        a.jcc(Cond.NE, ok);
        nullChecks.put(call(Ref.to(Entrypoints.NULL_POINTER), slotsConsumed), currentBci);
        a.bind(ok);
    }

    /**
     * The receiver of a call with {@code argumentSlots} slots (receiver included) into {@code reg}, checked
     * for null: it is the deepest argument.
     */
    private void loadReceiver(org.torito.compiler.asm.Gpr reg, int argumentSlots) {
        a.mov(reg, Mem.qword(RSP, (long) Abi.SLOT_BYTES * (argumentSlots - 1)));
        nullCheck(reg, 0);
    }

    /**
     * Array in rax, index in ecx: checks both (traps in line) and leaves rcx zero-extended for addressing.
     * {@code slotsConsumed}: the operand stack slots the template has popped.
     */
    private void checkArrayAccess(int slotsConsumed) {
        nullCheck(RAX, slotsConsumed);
        if (facts.indexIsInBounds(currentInsn)) { // a constant index into a new array of constant length
            a.mov(ECX, ECX);
            return;
        }
        Label inBounds = new Label();
        a.cmp(ECX, Mem.dword(RAX, org.torito.vm.object.ObjectLayout.ARRAY_LENGTH_OFFSET));
        a.jcc(Cond.B, inBounds); // unsigned: a negative index is out of bounds too
        a.push(RCX);
        a.mov(EDX, Mem.dword(RAX, org.torito.vm.object.ObjectLayout.ARRAY_LENGTH_OFFSET));
        a.push(RDX);
        call(Ref.to(Entrypoints.ARRAY_INDEX), slotsConsumed);
        a.bind(inBounds);
        a.mov(ECX, ECX);
    }

    private static Mem element(int bits, int scale) {
        return Mem.of(bits, RAX, RCX, scale, org.torito.vm.object.ObjectLayout.ARRAY_ELEMENTS_OFFSET);
    }

    /** ..., array, index -> ..., value */
    private void arrayLoad(String mnemonic, int bits, int scale, boolean twoSlots) {
        a.pop(RCX);
        a.pop(RAX);
        checkArrayAccess(2);
        if (bits == 64) {
            a.mov(RAX, element(64, scale));
        } else {
            a.emit(mnemonic, EAX, element(bits, scale));
        }
        if (twoSlots) {
            Abi.pushLong(a, RAX);
        } else {
            a.push(RAX);
        }
    }

    /** ..., array, index, value -> ... */
    private void arrayStore(int bits, int scale, boolean twoSlots) {
        if (twoSlots) {
            popLong(RDX);
        } else {
            a.pop(RDX);
        }
        a.pop(RCX);
        a.pop(RAX);
        checkArrayAccess(twoSlots ? 4 : 3);
        a.mov(element(bits, scale), org.torito.compiler.asm.Gpr.of(2, bits));
    }

    /** ..., array, index, value -> ... with the array store check (JVMS §6.5 aastore). */
    private void emitAastore() {
        if (facts.storeNeedsNoTypeCheck(currentInsn)) { // an array initializer's constant, say
            arrayStore(64, 8, false);
            return;
        }
        for (int i = 0; i < 3; i++) { // array, index, value: each push brings the next one to the same place
            a.push(Mem.qword(RSP, 2L * Abi.SLOT_BYTES));
        }
        call(Ref.to(Entrypoints.CHECK_ARRAY_STORE), 0);
        arrayStore(64, 8, false);
    }

    /** ..., object -> ..., value */
    private void emitGetfield(FieldInsnNode insn) {
        int offset = model.fieldOffset(insn.owner, insn.name, insn.desc);
        a.pop(RAX);
        nullCheck(RAX, 1);
        switch (insn.desc.charAt(0)) {
            case 'Z' -> a.movzx(EAX, Mem.of(8, RAX, offset));
            case 'B' -> a.movsx(EAX, Mem.of(8, RAX, offset));
            case 'C' -> a.movzx(EAX, Mem.of(16, RAX, offset));
            case 'S' -> a.movsx(EAX, Mem.of(16, RAX, offset));
            case 'I', 'F' -> a.mov(EAX, Mem.of(32, RAX, offset));
            case 'J', 'D' -> {
                a.mov(RAX, Mem.of(64, RAX, offset));
                Abi.pushLong(a, RAX);
                return;
            }
            default -> a.mov(RAX, Mem.of(64, RAX, offset));
        }
        a.push(RAX);
    }

    /** ..., object, value -> ... */
    private void emitPutfield(FieldInsnNode insn) {
        int offset = model.fieldOffset(insn.owner, insn.name, insn.desc);
        int bits = switch (insn.desc.charAt(0)) {
            case 'Z', 'B' -> 8;
            case 'C', 'S' -> 16;
            case 'I', 'F' -> 32;
            default -> 64;
        };
        boolean twoSlots = insn.desc.charAt(0) == 'J' || insn.desc.charAt(0) == 'D';
        if (twoSlots) {
            popLong(RDX);
        } else {
            a.pop(RDX);
        }
        a.pop(RAX);
        nullCheck(RAX, twoSlots ? 3 : 2);
        a.mov(Mem.of(bits, RAX, offset), org.torito.compiler.asm.Gpr.of(2, bits));
    }

    private static int argumentSlotsWithReceiver(String descriptor) {
        return Type.getArgumentsAndReturnSizes(descriptor) >> 2;
    }

    /** ..., receiver, arguments -> ..., result: through the vtable, or directly for private/final targets. */
    private void emitInvokevirtual(MethodInsnNode insn) {
        int slots = argumentSlotsWithReceiver(insn.desc);
        if (insn.owner.startsWith("[")) { // an array's methods are Object's, never overridden (JLS §10.7)
            loadReceiver(RAX, slots);
            call(Ref.to(new MethodReference("java/lang/Object", insn.name, insn.desc)), slots);
            pushResult(Type.getReturnType(insn.desc));
            return;
        }
        ClassModel.VirtualTarget target = model.virtualTarget(insn.owner, insn.name, insn.desc);
        loadReceiver(RAX, slots);
        if (target.direct() != null) {
            call(Ref.to(target.direct()), slots);
        } else {
            virtualCalls.add(new CompiledMethod.VirtualCall(insn.owner, insn.name + insn.desc));
            a.mov(RAX, Mem.qword(RAX, org.torito.vm.object.ObjectLayout.TIB_OFFSET));
            call(Mem.qword(RAX, org.torito.vm.object.TibLayout.vtableEntry(target.vtableIndex())), slots);
        }
        pushResult(Type.getReturnType(insn.desc));
    }

    /** Constructors, private methods and super calls: resolved statically (JVMS §6.5 invokespecial). */
    private void emitInvokespecial(MethodInsnNode insn) {
        loadReceiver(RAX, argumentSlotsWithReceiver(insn.desc));
        call(Ref.to(new MethodReference(insn.owner, insn.name, insn.desc)), argumentSlotsWithReceiver(insn.desc));
        pushResult(Type.getReturnType(insn.desc));
    }

    /** ..., receiver, arguments -> ..., result: the method is looked up in the receiver's itable. */
    private void emitInvokeinterface(MethodInsnNode insn) {
        ClassModel.InterfaceTarget target = model.interfaceTarget(insn.owner, insn.name, insn.desc);
        if (target == null) { // a method of Object called through an interface type
            emitInvokevirtual(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Object", insn.name, insn.desc));
            return;
        }
        int slots = argumentSlotsWithReceiver(insn.desc);
        if (target.direct() != null) { // a private interface method: no dispatch
            loadReceiver(RAX, slots);
            call(Ref.to(target.direct()), slots);
            pushResult(Type.getReturnType(insn.desc));
            return;
        }
        virtualCalls.add(new CompiledMethod.VirtualCall(insn.owner, insn.name + insn.desc));
        a.push(Mem.qword(RSP, (long) Abi.SLOT_BYTES * (slots - 1))); // interfaceMethod(receiver, itf, index)
        a.push(0);
        a.push(new Imm(0, Ref.to(TypeReference.of(target.declaringInterface()))));
        a.push(target.index());
        nullChecks.put(call(Ref.to(Entrypoints.INTERFACE_METHOD), 0), currentBci); // it checks the receiver
        call(RAX, slots);
        pushResult(Type.getReturnType(insn.desc));
    }

    /**
     * ... -> ..., a new zeroed instance (its constructor is a separate invokespecial). The fast path bumps the
     * allocation buffer's cursor inline (the buffer is zeroed memory, so only the header's type is stored);
     * when the object does not fit, {@code Allocation.newObject} takes the slow path through the collector.
     */
    private void emitNew(String className) {
        instantiated.add(className);
        initializationCheck(className);
        int size = (int) ObjectLayout.align(model.instanceSize(className));
        Imm tib = new Imm(0, Ref.to(TypeReference.of(className)));
        Label slow = new Label();
        Label done = new Label();
        a.mov(EDX, size);
        bumpAllocation(RAX, RDX, tib, slow);
        a.jmp(done);
        a.bind(slow);
        a.push(0); // Allocation.newObject(long tib, int size)
        a.push(tib);
        a.push(size);
        call(Ref.to(Entrypoints.NEW_OBJECT), 0);
        a.bind(done);
        a.push(RAX);
    }

    private static final String ALLOCATION = "org/torito/vm/runtime/Allocation";
    private static final Mem ALLOCATION_CURSOR = Mem.abs(64, Ref.to(new StaticFieldReference(ALLOCATION, "cursor",
            "J")));
    private static final Mem ALLOCATION_LIMIT = Mem.abs(64, Ref.to(new StaticFieldReference(ALLOCATION, "limit",
            "J")));

    /**
     * The inline fast path of allocation: takes {@code size} bytes (in {@code end}) from the allocation
     * buffer, which is zeroed memory, and stores the header's type; leaves the object's address in
     * {@code object}. Jumps to {@code slow} when the buffer is too short.
     */
    private void bumpAllocation(org.torito.compiler.asm.Gpr object, org.torito.compiler.asm.Gpr end, Imm tib,
                                Label slow) {
        a.mov(object, ALLOCATION_CURSOR);
        a.add(end, object); // the cursor after the object
        a.cmp(end, ALLOCATION_LIMIT);
        a.jcc(Cond.A, slow);
        a.mov(ALLOCATION_CURSOR, end);
        a.mov(Mem.qword(object, ObjectLayout.TIB_OFFSET), tib);
    }

    /**
     * ..., length -> ..., a new zeroed array of type {@code arrayDescriptor}. Like {@link #emitNew}, a small
     * array is bumped inline; a negative length, a large array or a full buffer take
     * {@code Allocation.newArray}.
     */
    private void emitNewarray(String arrayDescriptor) {
        int elementBytes = org.torito.vm.object.FieldLayout.sizeBytes(arrayDescriptor.substring(1));
        Imm tib = new Imm(0, Ref.to(new TypeReference(arrayDescriptor)));
        Label slow = new Label();
        Label done = new Label();
        a.mov(EAX, Mem.dword(RSP, 0)); // the length, left on the stack for the slow path
        a.cmp(EAX, (org.torito.vm.gc.Heap.LARGE_OBJECT_BYTES - ObjectLayout.ARRAY_ELEMENTS_OFFSET) / elementBytes);
        a.jcc(Cond.A, slow); // unsigned: negative lengths go the slow way too
        a.mov(RCX, RAX);
        a.shl(RCX, Integer.numberOfTrailingZeros(elementBytes));
        a.add(RCX, ObjectLayout.ARRAY_ELEMENTS_OFFSET + ObjectLayout.ALIGNMENT_BYTES - 1);
        a.and(RCX, -ObjectLayout.ALIGNMENT_BYTES);
        bumpAllocation(RDX, RCX, tib, slow);
        a.mov(Mem.dword(RDX, ObjectLayout.ARRAY_LENGTH_OFFSET), EAX);
        a.mov(Mem.qword(RSP, 0), RDX);
        a.jmp(done);
        a.bind(slow);
        a.pop(RAX); // Allocation.newArray(long tib, int length, int elementBytes)
        a.push(0);
        a.push(tib);
        a.push(RAX);
        a.push(elementBytes);
        call(Ref.to(Entrypoints.NEW_ARRAY), 1);
        a.push(RAX);
        a.bind(done);
    }

    /**
     * ..., count1, ..., countN -> ..., array: the runtime builds the nested arrays from the counts, which it
     * reads where they lie on the stack (JVMS §6.5 multianewarray).
     */
    private void emitMultianewarray(org.objectweb.asm.tree.MultiANewArrayInsnNode insn) {
        a.mov(RAX, RSP); // the last count; the first is dims-1 slots above
        a.push(0);       // Allocation.newMultiArray(long tib, int dimensions, long counts)
        a.push(new Imm(0, Ref.to(new TypeReference(insn.desc))));
        a.push(insn.dims);
        Abi.pushLong(a, RAX);
        call(Ref.to(Entrypoints.NEW_MULTI_ARRAY), 0);
        a.add(RSP, (long) Abi.SLOT_BYTES * insn.dims);
        a.push(RAX);
    }

    private static String primitiveArray(int type) {
        return switch (type) {
            case Opcodes.T_BOOLEAN -> "[Z";
            case Opcodes.T_CHAR -> "[C";
            case Opcodes.T_FLOAT -> "[F";
            case Opcodes.T_DOUBLE -> "[D";
            case Opcodes.T_BYTE -> "[B";
            case Opcodes.T_SHORT -> "[S";
            case Opcodes.T_INT -> "[I";
            default -> "[J";
        };
    }

    /** The descriptor of an array of {@code type} (an internal class name or an array descriptor). */
    private static String arrayOf(String type) {
        return "[" + (type.startsWith("[") ? type : "L" + type + ";");
    }

    private static String typeDescriptor(String internalNameOrArray) {
        return internalNameOrArray.startsWith("[") ? internalNameOrArray : "L" + internalNameOrArray + ";";
    }

    /** ..., object -> ..., object (checked) */
    private void emitCheckcast(String type) {
        a.push(Mem.qword(RSP)); // TypeChecks.checkCast(object, tib)
        a.push(0);
        a.push(new Imm(0, Ref.to(new TypeReference(typeDescriptor(type)))));
        call(Ref.to(Entrypoints.CHECK_CAST), 0);
    }

    /** ..., object -> ..., 0 or 1 */
    private void emitInstanceof(String type) {
        a.push(0); // TypeChecks.instanceOf(object, tib)
        a.push(new Imm(0, Ref.to(new TypeReference(typeDescriptor(type)))));
        call(Ref.to(Entrypoints.INSTANCE_OF), 1);
        a.push(RAX);
    }

    private void pushResult(Type type) {
        switch (type.getSort()) {
            case Type.VOID -> {
            }
            case Type.LONG, Type.DOUBLE -> Abi.pushLong(a, RAX);
            default -> a.push(RAX);
        }
    }
}
