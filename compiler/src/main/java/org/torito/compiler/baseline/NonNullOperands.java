package org.torito.compiler.baseline;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The null checks of a method that cannot fail, so the compiler leaves them out: those whose operand is, on
 * every path, {@code this} (local 0 of an instance method that never stores to it), a new object or array,
 * or a constant ({@code ldc} of a string, class or method handle), possibly through {@code dup} or
 * {@code checkcast}. JVMS §2.4: none of these is ever null. Found with ASM's source analysis, which gives
 * every stack value the instructions that may have produced it.
 *
 * <p>Each check the compiler leaves out is a test and a branch less: under TCG, a translated block less too.
 */
final class NonNullOperands {
    /** How far through dup and checkcast a value's origin is followed. */
    private static final int MAX_DEPTH = 16;

    private final Set<AbstractInsnNode> provenNonNull = new HashSet<>();

    private NonNullOperands() {
    }

    /** Analyzes {@code method} of class {@code owner}; when the analysis fails, no check is left out. */
    static NonNullOperands of(String owner, MethodNode method) {
        NonNullOperands result = new NonNullOperands();
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            return result; // the reference maps' analysis reports bytecode that does not verify
        }
        boolean thisIsLocalZero = (method.access & Opcodes.ACC_STATIC) == 0 && !storesToLocalZero(method);
        for (int i = 0; i < frames.length; i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            int depth = checkedOperandDepth(insn);
            Frame<SourceValue> frame = frames[i];
            if (depth >= 0 && frame != null && frame.getStackSize() > depth
                    && nonNull(frame.getStack(frame.getStackSize() - 1 - depth), method, frames, thisIsLocalZero, 0)) {
                result.provenNonNull.add(insn);
            }
        }
        return result;
    }

    /** Whether the operand {@code insn} checks for null is never null. */
    boolean checkedOperandIsNonNull(AbstractInsnNode insn) {
        return provenNonNull.contains(insn);
    }

    /**
     * How many values above the operand an instruction checks for null lie on the stack (0: it is on top), or
     * -1 for an instruction that checks none.
     */
    private static int checkedOperandDepth(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.GETFIELD, Opcodes.ARRAYLENGTH, Opcodes.ATHROW, Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> 0;
            case Opcodes.PUTFIELD, Opcodes.IALOAD, Opcodes.LALOAD, Opcodes.FALOAD, Opcodes.DALOAD, Opcodes.AALOAD,
                    Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD -> 1;
            case Opcodes.IASTORE, Opcodes.LASTORE, Opcodes.FASTORE, Opcodes.DASTORE, Opcodes.AASTORE,
                    Opcodes.BASTORE, Opcodes.CASTORE, Opcodes.SASTORE -> 2;
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKEINTERFACE ->
                    Type.getArgumentTypes(((MethodInsnNode) insn).desc).length;
            default -> -1;
        };
    }

    private static boolean nonNull(SourceValue value, MethodNode method, Frame<SourceValue>[] frames,
                                   boolean thisIsLocalZero, int depth) {
        if (value.insns.isEmpty() || depth > MAX_DEPTH) {
            return false; // an argument on entry, or too far to follow
        }
        for (AbstractInsnNode source : value.insns) {
            if (!producesNonNull(source, method, frames, thisIsLocalZero, depth)) {
                return false;
            }
        }
        return true;
    }

    private static boolean producesNonNull(AbstractInsnNode source, MethodNode method, Frame<SourceValue>[] frames,
                                           boolean thisIsLocalZero, int depth) {
        switch (source.getOpcode()) {
            case Opcodes.NEW, Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY:
                return true;
            case Opcodes.LDC:
                Object constant = ((LdcInsnNode) source).cst;
                return !(constant instanceof ConstantDynamic) && !(constant instanceof Number)
                        && !(constant instanceof Character);
            case Opcodes.ALOAD:
                return thisIsLocalZero && ((VarInsnNode) source).var == 0;
            case Opcodes.DUP, Opcodes.DUP_X1, Opcodes.DUP_X2, Opcodes.CHECKCAST: // the copy or cast of the top value
                Frame<SourceValue> before = frames[method.instructions.indexOf(source)];
                return before != null && before.getStackSize() > 0
                        && nonNull(before.getStack(before.getStackSize() - 1), method, frames, thisIsLocalZero, depth + 1);
            default:
                return false;
        }
    }

    private static boolean storesToLocalZero(MethodNode method) {
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) insn).var == 0) {
                return true;
            }
        }
        return false;
    }
}
