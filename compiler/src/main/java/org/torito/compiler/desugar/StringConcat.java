package org.torito.compiler.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Desugars javac's string concatenation ({@code invokedynamic} bootstrapped by
 * {@code StringConcatFactory.makeConcatWithConstants} or {@code makeConcat}, JDK 9+) into the
 * {@code StringBuilder} code javac 8 emitted: the operands go to fresh locals, then a builder appends the
 * recipe's constant runs and the operands in order, with the same string conversion (JLS §5.1.11) that the
 * factory applies, and {@code toString} leaves the result where the call site's would be.
 *
 * <p>Used before compiling at build time and, later, for classes loaded at run time.
 */
public final class StringConcat {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BUILDER = "java/lang/StringBuilder";
    /** Recipe tags (StringConcatFactory javadoc): an argument, and a constant from the bootstrap arguments. */
    private static final char TAG_ARGUMENT = '\u0001';
    private static final char TAG_CONSTANT = '\u0002';

    private StringConcat() {
    }

    /** Whether {@code insn} is a string concatenation this class desugars. */
    public static boolean isConcat(AbstractInsnNode insn) {
        if (!(insn instanceof InvokeDynamicInsnNode indy)) {
            return false;
        }
        Handle bsm = indy.bsm;
        return bsm.getOwner().equals(FACTORY)
                && (bsm.getName().equals("makeConcatWithConstants") || bsm.getName().equals("makeConcat"));
    }

    /**
     * Rewrites every string concatenation of {@code method} in place; each new instruction is entered in
     * {@code origins} with the instruction it replaces, so errors and line numbers still find a bytecode offset.
     */
    public static void rewrite(MethodNode method, Map<AbstractInsnNode, AbstractInsnNode> origins) {
        List<AbstractInsnNode> sites = new ArrayList<>();
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (isConcat(insn)) {
                sites.add(insn);
            }
        }
        for (AbstractInsnNode site : sites) {
            InsnList replacement = expand(method, (InvokeDynamicInsnNode) site);
            for (AbstractInsnNode insn = replacement.getFirst(); insn != null; insn = insn.getNext()) {
                origins.put(insn, origins.getOrDefault(site, site));
            }
            method.instructions.insert(site, replacement);
            method.instructions.remove(site);
        }
        if (!sites.isEmpty()) {
            method.maxStack += 4; // the builder (twice) and a wide operand above what the operands used
        }
    }

    private static InsnList expand(MethodNode method, InvokeDynamicInsnNode indy) {
        Type[] arguments = Type.getArgumentTypes(indy.desc);
        String recipe = indy.bsm.getName().equals("makeConcat") ? String.valueOf(TAG_ARGUMENT).repeat(arguments.length)
                : (String) indy.bsmArgs[0];
        int[] locals = new int[arguments.length];
        int next = method.maxLocals;
        for (int i = 0; i < arguments.length; i++) {
            locals[i] = next;
            next += arguments[i].getSize();
        }
        method.maxLocals = next;
        InsnList code = new InsnList();
        for (int i = arguments.length - 1; i >= 0; i--) { // the last operand is on top
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ISTORE), locals[i]));
        }
        code.add(new TypeInsnNode(Opcodes.NEW, BUILDER));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false));
        int argument = 0;
        int constant = 1;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == TAG_ARGUMENT || c == TAG_CONSTANT) {
                appendRun(code, run);
                if (c == TAG_ARGUMENT) {
                    Type type = arguments[argument];
                    code.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), locals[argument++]));
                    code.add(append(appendType(type)));
                } else {
                    code.add(new LdcInsnNode(String.valueOf(indy.bsmArgs[constant++])));
                    code.add(append("Ljava/lang/String;"));
                }
            } else {
                run.append(c);
            }
        }
        appendRun(code, run);
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false));
        return code;
    }

    private static void appendRun(InsnList code, StringBuilder run) {
        if (run.length() > 0) {
            code.add(new LdcInsnNode(run.toString()));
            code.add(append("Ljava/lang/String;"));
            run.setLength(0);
        }
    }

    private static MethodInsnNode append(String parameter) {
        return new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "append", "(" + parameter + ")L" + BUILDER + ";",
                false);
    }

    /** The StringBuilder.append overload whose string conversion matches JLS §5.1.11 for {@code type}. */
    private static String appendType(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
    }
}
