package org.torito.compiler.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Desugars lambdas and method references ({@code invokedynamic} bootstrapped by
 * {@code LambdaMetafactory.metafactory} or {@code altMetafactory}) into ordinary
 * classes, as a build-time counterpart of what {@code InnerClassLambdaMetafactory} spins at run time: for each
 * call site a final class implementing the functional interface, with the captured values as fields, a static
 * factory that the call site now invokes, and the interface method, which adapts its parameters (casts,
 * boxing, unboxing) and calls the implementation method the way its method handle says.
 */
public final class Lambdas {
    private static final String FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String SERIALIZABLE = "java/io/Serializable";
    /** altMetafactory flags (LambdaMetafactory javadoc). */
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private Lambdas() {
    }

    /** Whether {@code insn} is a lambda or method reference this class desugars. */
    public static boolean isLambda(AbstractInsnNode insn) {
        if (!(insn instanceof InvokeDynamicInsnNode indy) || !indy.bsm.getOwner().equals(FACTORY)) {
            return false;
        }
        return indy.bsm.getName().equals("metafactory") || indy.bsm.getName().equals("altMetafactory");
    }

    /**
     * Replaces each lambda call site of {@code method} (of class {@code owner}) by a call to the factory of a
     * class generated for it, handed to {@code generated}; new instructions are
     * entered in {@code origins} with the call site they replace.
     */
    public static void rewrite(String owner, MethodNode method, GeneratedClasses generated,
                               Map<AbstractInsnNode, AbstractInsnNode> origins) {
        String prefix = owner + "$$Lambda$" + method.name.replace('<', '_').replace('>', '_') + "$"
                + Integer.toHexString(method.desc.hashCode()) + "$";
        SyntheticClasses.replaceSites(method, Lambdas::isLambda, (indy, i) -> new SyntheticClasses.Replacement(
                prefix + i, generate(prefix + i, indy), "create"), generated, origins);
    }

    private static byte[] generate(String name, InvokeDynamicInsnNode indy) {
        Type samType = (Type) indy.bsmArgs[0];
        Handle impl = (Handle) indy.bsmArgs[1];
        Type instantiated = (Type) indy.bsmArgs[2];
        Type functional = Type.getReturnType(indy.desc);
        Type[] captured = Type.getArgumentTypes(indy.desc);
        List<String> interfaces = new ArrayList<>(List.of(functional.getInternalName()));
        List<Type> bridges = new ArrayList<>();
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) indy.bsmArgs[3];
            int at = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) indy.bsmArgs[at++];
                for (int k = 0; k < count; k++) {
                    interfaces.add(((Type) indy.bsmArgs[at++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) indy.bsmArgs[at++];
                for (int k = 0; k < count; k++) {
                    bridges.add((Type) indy.bsmArgs[at++]);
                }
            }
            if ((flags & FLAG_SERIALIZABLE) != 0 && !interfaces.contains(SERIALIZABLE)) {
                // the class is Serializable, but the image has no object serialization: no writeReplace
                interfaces.add(SERIALIZABLE);
            }
        }
        ClassWriter cw = SyntheticClasses.start(name, interfaces.toArray(new String[0]));
        for (int k = 0; k < captured.length; k++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + k, captured[k].getDescriptor(), null, null)
                    .visitEnd();
        }
        String constructor = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", constructor, null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int k = 0; k < captured.length; k++) {
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitVarInsn(captured[k].getOpcode(Opcodes.ILOAD), slot);
            init.visitFieldInsn(Opcodes.PUTFIELD, name, "arg$" + k, captured[k].getDescriptor());
            slot += captured[k].getSize();
        }
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor create = cw.visitMethod(Opcodes.ACC_STATIC, "create", indy.desc, null, null);
        create.visitCode();
        create.visitTypeInsn(Opcodes.NEW, name);
        create.visitInsn(Opcodes.DUP);
        slot = 0;
        for (Type t : captured) {
            create.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        create.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", constructor, false);
        create.visitInsn(Opcodes.ARETURN);
        create.visitMaxs(0, 0);
        create.visitEnd();
        implement(cw, name, indy.name, samType, impl, instantiated, captured);
        for (Type bridge : bridges) {
            if (!bridge.getDescriptor().equals(samType.getDescriptor())) {
                implement(cw, name, indy.name, bridge, impl, instantiated, captured);
            }
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The interface method {@code methodName samType}: adapts its parameters and calls the implementation. */
    private static void implement(ClassWriter cw, String name, String methodName, Type samType, Handle impl,
                                  Type instantiated, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, methodName, samType.getDescriptor(), null, null);
        mv.visitCode();
        int tag = impl.getTag();
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> implParameters = new ArrayList<>();
        if (tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE || tag == Opcodes.H_INVOKESPECIAL) {
            implParameters.add(Type.getObjectType(impl.getOwner())); // the receiver comes first
        }
        implParameters.addAll(List.of(implType.getArgumentTypes()));
        if (tag == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        int parameter = 0;
        for (int k = 0; k < captured.length; k++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "arg$" + k, captured[k].getDescriptor());
            convert(mv, captured[k], implParameters.get(parameter++));
        }
        int slot = 1;
        Type[] samParameters = samType.getArgumentTypes();
        Type[] instantiatedParameters = instantiated.getArgumentTypes();
        for (int k = 0; k < samParameters.length; k++) {
            mv.visitVarInsn(samParameters[k].getOpcode(Opcodes.ILOAD), slot);
            slot += samParameters[k].getSize();
            Type target = implParameters.get(parameter++);
            Type through = k < instantiatedParameters.length ? instantiatedParameters[k] : target;
            if (samParameters[k].getSort() >= Type.ARRAY && through.getSort() >= Type.ARRAY
                    && !through.equals(samParameters[k])) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, through.getInternalName());
                convert(mv, through, target);
            } else {
                convert(mv, samParameters[k], target);
            }
        }
        switch (tag) {
            case Opcodes.H_INVOKESTATIC -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(),
                    impl.getDesc(), impl.isInterface());
            case Opcodes.H_INVOKEVIRTUAL -> mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(),
                    impl.getDesc(), false);
            case Opcodes.H_INVOKEINTERFACE -> mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(),
                    impl.getName(), impl.getDesc(), true);
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> mv.visitMethodInsn(Opcodes.INVOKESPECIAL,
                    impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
            default -> throw new IllegalStateException("lambda implementation handle of kind " + tag
                    + " is not supported: " + impl);
        }
        Type implReturn = tag == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(impl.getOwner())
                : implType.getReturnType();
        Type samReturn = samType.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                mv.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
            mv.visitInsn(Opcodes.RETURN);
        } else {
            convert(mv, implReturn, samReturn);
            mv.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Converts the value on the stack from {@code from} to {@code to}: a cast, boxing, unboxing or widening. */
    private static void convert(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        boolean fromPrimitive = from.getSort() < Type.ARRAY;
        boolean toPrimitive = to.getSort() < Type.ARRAY;
        if (fromPrimitive && toPrimitive) {
            widen(mv, from, to);
        } else if (fromPrimitive) { // box, then the reference is used as the target type
            Type box = Primitives.boxOf(from);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(box, from), false);
        } else if (toPrimitive) {
            // a wrapper is unboxed to its own primitive, then widened (Integer to long); any other reference
            // is cast to the target's wrapper first
            Type unboxed = Primitives.unboxedOf(from);
            Type box = unboxed != null ? from : Primitives.boxOf(to);
            if (unboxed == null) {
                unboxed = to;
                mv.visitTypeInsn(Opcodes.CHECKCAST, box.getInternalName());
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box.getInternalName(), unboxed.getClassName() + "Value",
                    Type.getMethodDescriptor(unboxed), false);
            widen(mv, unboxed, to);
        } else if (!to.getDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, to.getSort() == Type.ARRAY ? to.getDescriptor() : to.getInternalName());
        }
    }

    /** Primitive widening (JLS §5.1.2) as LambdaMetafactory allows it. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = from.getSort();
        int t = to.getSort();
        boolean intLike = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR;
        if (intLike && t == Type.LONG) {
            mv.visitInsn(Opcodes.I2L);
        } else if (intLike && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.I2F);
        } else if (intLike && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.I2D);
        } else if (f == Type.LONG && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.L2F);
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.L2D);
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.F2D);
        }
    }
}
