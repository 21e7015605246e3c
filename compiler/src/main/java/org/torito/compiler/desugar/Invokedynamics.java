package org.torito.compiler.desugar;

import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The call sites desugared before compiling ({@code invokedynamic}, and the signature-polymorphic VarHandle
 * accesses with the factories that make the handles), and the one entry that rewrites them all.
 */
public final class Invokedynamics {
    private Invokedynamics() {
    }

    /** Whether {@code insn} is an invokedynamic call site that {@link #rewrite} replaces. */
    public static boolean isDesugared(AbstractInsnNode insn) {
        return StringConcat.isConcat(insn) || Lambdas.isLambda(insn) || RecordMethods.isRecordMethod(insn)
                || VarHandles.isVarHandleSite(insn);
    }

    /**
     * Replaces every desugared call site in {@code method} of class {@code owner} by plain bytecode, with the
     * classes that needs handed to {@code generated}; each new instruction is entered in {@code origins} with
     * the call site it replaces (for line numbers and stack traces).
     */
    public static void rewrite(String owner, MethodNode method, GeneratedClasses generated,
                               Map<AbstractInsnNode, AbstractInsnNode> origins) {
        StringConcat.rewrite(method, origins);
        Lambdas.rewrite(owner, method, generated, origins);
        RecordMethods.rewrite(owner, method, generated, origins);
        VarHandles.rewrite(method, generated, origins);
    }
}
