package org.torito.compiler.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Desugars a record's {@code toString}, {@code hashCode} and {@code equals} ({@code invokedynamic}
 * bootstrapped by {@code ObjectMethods.bootstrap}) into a static method of a generated class, computing what
 * JDK 17's {@code ObjectMethods} method-handle trees compute, in the same order:
 * <ul>
 * <li>{@code toString}: {@code Name[a=1, b=x]}, the simple name and each component through
 *     {@code String.valueOf};</li>
 * <li>{@code hashCode}: {@code h = h * 31 + hash(c)} over the components in order, from 0, where a primitive
 *     is hashed by its wrapper's static {@code hashCode} and a reference by {@code Objects.hashCode};</li>
 * <li>{@code equals}: true for the same object, false for an object of another class (or null), else the
 *     components compared from the last to the first (the nesting {@code guardWithTest} builds): float and
 *     double by {@code compare(a, b) == 0}, other primitives by {@code ==}, references by
 *     {@code Objects.equals}.</li>
 * </ul>
 */
public final class RecordMethods {
    private static final String BOOTSTRAP_OWNER = "java/lang/runtime/ObjectMethods";

    private RecordMethods() {
    }

    /** Whether {@code insn} is a record method this class desugars. */
    public static boolean isRecordMethod(AbstractInsnNode insn) {
        return insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(BOOTSTRAP_OWNER)
                && indy.bsm.getName().equals("bootstrap");
    }

    /**
     * Replaces each record-method call site of {@code method} (of class {@code owner}) by a call to a static
     * method of a class generated for it and handed to {@code generated}; new instructions are entered in
     * {@code origins} with the call site they replace.
     */
    public static void rewrite(String owner, MethodNode method, GeneratedClasses generated,
                               Map<AbstractInsnNode, AbstractInsnNode> origins) {
        SyntheticClasses.replaceSites(method, RecordMethods::isRecordMethod, (indy, i) -> {
            String name = owner + "$$ObjectMethods$" + indy.name + "$" + i;
            return new SyntheticClasses.Replacement(name, generate(name, indy, generated), indy.name);
        }, generated, origins);
    }

    private static byte[] generate(String name, InvokeDynamicInsnNode indy, GeneratedClasses generated) {
        Type record = (Type) indy.bsmArgs[0];
        String names = (String) indy.bsmArgs[1];
        List<Handle> getters = new ArrayList<>();
        for (int k = 2; k < indy.bsmArgs.length; k++) {
            getters.add((Handle) indy.bsmArgs[k]);
        }
        ClassWriter cw = SyntheticClasses.start(name);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, indy.name, indy.desc, null, null);
        mv.visitCode();
        switch (indy.name) {
            case "toString" -> toString(mv, generated.simpleName(record.getInternalName()),
                    names.isEmpty() ? List.of() : List.of(names.split(";")), getters);
            case "hashCode" -> hashCode(mv, getters);
            case "equals" -> equals(mv, record, getters);
            default -> throw new IllegalStateException("ObjectMethods has no method " + indy.name
                    + " (call site in " + record.getClassName() + ")");
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void get(MethodVisitor mv, int local, Handle getter) {
        mv.visitVarInsn(Opcodes.ALOAD, local);
        mv.visitFieldInsn(Opcodes.GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
    }

    private static void toString(MethodVisitor mv, String simpleName, List<String> names, List<Handle> getters) {
        String builder = "java/lang/StringBuilder";
        mv.visitTypeInsn(Opcodes.NEW, builder);
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(simpleName + "[");
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, builder, "<init>", "(Ljava/lang/String;)V", false);
        for (int k = 0; k < getters.size(); k++) {
            mv.visitLdcInsn((k == 0 ? "" : ", ") + names.get(k) + "=");
            append(mv, Type.getType(String.class));
            get(mv, 0, getters.get(k));
            Type type = Type.getType(getters.get(k).getDesc());
            if (type.getSort() >= Type.ARRAY) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf",
                        "(Ljava/lang/Object;)Ljava/lang/String;", false);
                type = Type.getType(String.class);
            } else if (type.getSort() == Type.BYTE || type.getSort() == Type.SHORT) {
                type = Type.INT_TYPE; // String.valueOf(int), as for the int they widen to
            }
            append(mv, type);
        }
        mv.visitIntInsn(Opcodes.BIPUSH, ']');
        append(mv, Type.CHAR_TYPE);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
    }

    private static void append(MethodVisitor mv, Type type) {
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(" + type.getDescriptor() + ")Ljava/lang/StringBuilder;", false);
    }

    private static void hashCode(MethodVisitor mv, List<Handle> getters) {
        mv.visitInsn(Opcodes.ICONST_0);
        for (Handle getter : getters) {
            mv.visitIntInsn(Opcodes.BIPUSH, 31);
            mv.visitInsn(Opcodes.IMUL);
            get(mv, 0, getter);
            Type type = Type.getType(getter.getDesc());
            if (type.getSort() >= Type.ARRAY) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I",
                        false);
            } else {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Primitives.boxOf(type).getInternalName(), "hashCode",
                        "(" + type.getDescriptor() + ")I", false);
            }
            mv.visitInsn(Opcodes.IADD);
        }
        mv.visitInsn(Opcodes.IRETURN);
    }

    private static void equals(MethodVisitor mv, Type record, List<Handle> getters) {
        Label no = new Label();
        Label yes = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, yes);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, record.getInternalName());
        mv.visitJumpInsn(Opcodes.IFEQ, no);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, record.getInternalName());
        mv.visitVarInsn(Opcodes.ASTORE, 2);
        for (int k = getters.size() - 1; k >= 0; k--) {
            Handle getter = getters.get(k);
            get(mv, 0, getter);
            get(mv, 2, getter);
            Type type = Type.getType(getter.getDesc());
            switch (type.getSort()) {
                case Type.FLOAT, Type.DOUBLE -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Primitives.boxOf(type).getInternalName(), "compare",
                            "(" + type.getDescriptor() + type.getDescriptor() + ")I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, no);
                }
                case Type.LONG -> {
                    mv.visitInsn(Opcodes.LCMP);
                    mv.visitJumpInsn(Opcodes.IFNE, no);
                }
                case Type.ARRAY, Type.OBJECT -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(Opcodes.IFEQ, no);
                }
                default -> mv.visitJumpInsn(Opcodes.IF_ICMPNE, no);
            }
        }
        mv.visitLabel(yes);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
    }
}
