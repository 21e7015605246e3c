package org.torito.compiler.baseline;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The run-time checks of a method that cannot fail, so the compiler leaves them out, from where each operand
 * comes: ASM's source analysis gives every stack value the instructions that may have produced it, followed
 * here through {@code dup} and {@code checkcast}.
 * <ul>
 *   <li>Null checks whose operand is, on every path, {@code this} (local 0 of an instance method that never
 *       stores to it), a new object or array, or a constant ({@code ldc} of a string, class or method
 *       handle). JVMS §2.4: none of these is ever null.</li>
 *   <li>Bounds checks of a constant index into an array made with a constant length that exceeds it.</li>
 *   <li>The {@code aastore} type check of null, a string constant into an array made of strings or of one
 *       of their supertypes, or a new object into an array made of exactly its class.</li>
 * </ul>
 * The last two are what array initializers ({@code new String[] {"a", "b"}}) compile to.
 *
 * <p>Each check the compiler leaves out is a test and a branch less: under TCG, a translated block less too.
 */
final class OperandFacts {
    /** How far through dup and checkcast a value's origin is followed. */
    private static final int MAX_DEPTH = 16;

    /** The element types a string may be stored into without a check. */
    private static final Set<String> STRING_SUPERTYPES = Set.of("java/lang/String", "java/lang/Object",
            "java/lang/CharSequence", "java/lang/Comparable", "java/io/Serializable", "java/lang/constant/Constable",
            "java/lang/constant/ConstantDesc");

    private final Set<AbstractInsnNode> provenNonNull = new HashSet<>();
    private final Set<AbstractInsnNode> indexInBounds = new HashSet<>();
    private final Set<AbstractInsnNode> storeTypeSafe = new HashSet<>();

    private OperandFacts() {
    }

    /** Analyzes {@code method} of class {@code owner}; when the analysis fails, no check is left out. */
    static OperandFacts of(String owner, MethodNode method) {
        OperandFacts result = new OperandFacts();
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
            if (frame != null && isArrayAccess(insn)) {
                SourceValue array = frame.getStack(frame.getStackSize() - 1 - depth);
                SourceValue index = frame.getStack(frame.getStackSize() - depth);
                Integer length = constantLength(array, method, frames);
                Integer at = intConstant(index);
                if (length != null && at != null && at >= 0 && at < length) {
                    result.indexInBounds.add(insn);
                }
                if (insn.getOpcode() == Opcodes.AASTORE
                        && storableWithoutCheck(frame.getStack(frame.getStackSize() - 1), array, method, frames)) {
                    result.storeTypeSafe.add(insn);
                }
            }
        }
        return result;
    }

    /** Whether the index of array access {@code insn} is a constant within the array's constant length. */
    boolean indexIsInBounds(AbstractInsnNode insn) {
        return indexInBounds.contains(insn);
    }

    /** Whether {@code aastore} {@code insn} stores a value its array always accepts. */
    boolean storeNeedsNoTypeCheck(AbstractInsnNode insn) {
        return storeTypeSafe.contains(insn);
    }

    private static boolean isArrayAccess(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        return op >= Opcodes.IALOAD && op <= Opcodes.SALOAD || op >= Opcodes.IASTORE && op <= Opcodes.SASTORE;
    }

    /** The int an instruction pushes as a constant, or null. */
    private static Integer intConstant(SourceValue value) {
        if (value.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode insn = value.insns.iterator().next();
        int op = insn.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return op - Opcodes.ICONST_0;
        } else if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return ((IntInsnNode) insn).operand;
        } else if (op == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof Integer i) {
            return i;
        }
        return null;
    }

    /** The one instruction {@code value} comes from, through dup and checkcast, or null. */
    private static AbstractInsnNode origin(SourceValue value, MethodNode method, Frame<SourceValue>[] frames,
                                           int depth) {
        if (value.insns.size() != 1 || depth > MAX_DEPTH) {
            return null;
        }
        AbstractInsnNode source = value.insns.iterator().next();
        SourceValue passed = passedOn(source, method, frames);
        return passed == null ? source : origin(passed, method, frames, depth + 1);
    }

    /**
     * The operand an instruction passes on unchanged as its result — the top value for {@code dup},
     * {@code dup_x1}, {@code dup_x2} and {@code checkcast} — or null for any other instruction.
     */
    private static SourceValue passedOn(AbstractInsnNode insn, MethodNode method, Frame<SourceValue>[] frames) {
        int op = insn.getOpcode();
        if (op != Opcodes.DUP && op != Opcodes.DUP_X1 && op != Opcodes.DUP_X2 && op != Opcodes.CHECKCAST) {
            return null;
        }
        Frame<SourceValue> before = frames[method.instructions.indexOf(insn)];
        return before == null || before.getStackSize() == 0 ? null : before.getStack(before.getStackSize() - 1);
    }

    /** The length of the array {@code value} is, when it was made here with a constant length; else null. */
    private static Integer constantLength(SourceValue value, MethodNode method, Frame<SourceValue>[] frames) {
        AbstractInsnNode made = origin(value, method, frames, 0);
        if (made == null || made.getOpcode() != Opcodes.NEWARRAY && made.getOpcode() != Opcodes.ANEWARRAY) {
            return null;
        }
        Frame<SourceValue> before = frames[method.instructions.indexOf(made)];
        return before == null ? null : intConstant(before.getStack(before.getStackSize() - 1));
    }

    private static boolean storableWithoutCheck(SourceValue value, SourceValue array, MethodNode method,
                                                Frame<SourceValue>[] frames) {
        AbstractInsnNode made = origin(array, method, frames, 0);
        AbstractInsnNode stored = origin(value, method, frames, 0);
        if (made == null || made.getOpcode() != Opcodes.ANEWARRAY || stored == null) {
            return false;
        }
        String elementType = ((TypeInsnNode) made).desc;
        return switch (stored.getOpcode()) {
            case Opcodes.ACONST_NULL -> true;
            case Opcodes.LDC -> ((LdcInsnNode) stored).cst instanceof String && STRING_SUPERTYPES.contains(elementType);
            case Opcodes.NEW -> ((TypeInsnNode) stored).desc.equals(elementType);
            default -> false;
        };
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
            default: // a copy or cast of a value never null, or not known never to be null
                SourceValue passed = passedOn(source, method, frames);
                return passed != null && nonNull(passed, method, frames, thisIsLocalZero, depth + 1);
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
