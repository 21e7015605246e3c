package org.torito.compiler.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * VarHandles without {@code java.lang.invoke}: the JDK's atomics and concurrent collections make their
 * handles with {@code Lookup.findVarHandle} and {@code MethodHandles.arrayElementVarHandle} and use them
 * through signature-polymorphic calls ({@code VALUE.compareAndSet(this, expected, value)}).
 *
 * <p>Making a handle calls the runtime instead ({@code vm.classlib.FieldHandles}), which describes the field
 * or array element by its offset (the object is stored where the JDK keeps the VarHandle; it is never used
 * as one). Each access is an invokestatic of a generated method with the call site's descriptor plus the
 * handle in front; the method finds the address from the handle and the coordinates (a receiver, or an array
 * and an index, checked as the JDK checks them) and performs the access mode with the matching
 * {@code Unsafe} operation: every mode is at least as strong as asked on x86 (plain and opaque reads and
 * writes are volatile ones, acquire/release CASes are full CASes). A static field's handle holds the address
 * of its slot, found by name in a table the image writer makes; a field named by constants at the factory
 * call is read there once, so that the image lays it out even if nothing else names it.
 */
public final class VarHandles {
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final String METHOD_HANDLES = "java/lang/invoke/MethodHandles";
    private static final String RUNTIME = "org/torito/vm/classlib/FieldHandles";
    private static final String UNSAFE = "jdk/internal/misc/Unsafe";
    private static final String GENERATED_PREFIX = "org/torito/generated/VarHandle$$";

    /** Access modes by how many values follow the coordinates, and the Unsafe operation family they become. */
    private enum Operation {
        GET(0, "get", "Volatile"), SET(1, "put", "Volatile"), COMPARE_AND_SET(2, "compareAndSet", ""),
        COMPARE_AND_EXCHANGE(2, "compareAndExchange", ""), GET_AND_SET(1, "getAndSet", ""),
        GET_AND_ADD(1, "getAndAdd", ""), GET_AND_OR(1, "getAndBitwiseOr", ""),
        GET_AND_AND(1, "getAndBitwiseAnd", ""), GET_AND_XOR(1, "getAndBitwiseXor", "");

        final int values;
        final String prefix;
        final String suffix;

        Operation(int values, String prefix, String suffix) {
            this.values = values;
            this.prefix = prefix;
            this.suffix = suffix;
        }

        static Operation of(String mode) {
            return switch (mode) {
                case "get", "getVolatile", "getAcquire", "getOpaque" -> GET;
                case "set", "setVolatile", "setRelease", "setOpaque" -> SET;
                case "compareAndSet", "weakCompareAndSetPlain", "weakCompareAndSet", "weakCompareAndSetAcquire",
                        "weakCompareAndSetRelease" -> COMPARE_AND_SET;
                case "compareAndExchange", "compareAndExchangeAcquire", "compareAndExchangeRelease" ->
                        COMPARE_AND_EXCHANGE;
                case "getAndSet", "getAndSetAcquire", "getAndSetRelease" -> GET_AND_SET;
                case "getAndAdd", "getAndAddAcquire", "getAndAddRelease" -> GET_AND_ADD;
                case "getAndBitwiseOr", "getAndBitwiseOrAcquire", "getAndBitwiseOrRelease" -> GET_AND_OR;
                case "getAndBitwiseAnd", "getAndBitwiseAndAcquire", "getAndBitwiseAndRelease" -> GET_AND_AND;
                case "getAndBitwiseXor", "getAndBitwiseXorAcquire", "getAndBitwiseXorRelease" -> GET_AND_XOR;
                default -> null;
            };
        }
    }

    private static final Set<String> FACTORIES = Set.of("findVarHandle", "findStaticVarHandle");

    private VarHandles() {
    }

    /** Whether {@code insn} makes or uses a VarHandle in a way {@link #rewrite} replaces. */
    static boolean isVarHandleSite(AbstractInsnNode insn) {
        if (!(insn instanceof MethodInsnNode call)) {
            return false;
        }
        return call.owner.equals(VAR_HANDLE) && call.getOpcode() == Opcodes.INVOKEVIRTUAL
                && Operation.of(call.name) != null
                || call.owner.equals(LOOKUP) && FACTORIES.contains(call.name)
                || call.owner.equals(METHOD_HANDLES) && call.name.equals("arrayElementVarHandle");
    }

    /** Replaces every VarHandle factory call and access of {@code method}; see the class comment. */
    static void rewrite(MethodNode method, GeneratedClasses generated, Map<AbstractInsnNode, AbstractInsnNode> origins) {
        List<MethodInsnNode> sites = new ArrayList<>();
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (isVarHandleSite(insn)) {
                sites.add((MethodInsnNode) insn);
            }
        }
        for (MethodInsnNode site : sites) {
            MethodInsnNode replacement;
            if (site.owner.equals(VAR_HANDLE)) {
                String desc = "(Ljava/lang/Object;" + site.desc.substring(1);
                String className = accessClass(site.name, site.desc);
                generated.define(className, accessClass(className, site.name, site.desc));
                replacement = new MethodInsnNode(Opcodes.INVOKESTATIC, className, site.name, desc, false);
            } else if (site.owner.equals(LOOKUP)) { // (Lookup receiver, Class, String, Class)
                if (site.name.equals("findStaticVarHandle")) {
                    reachStaticField(method, site, origins);
                }
                replacement = new MethodInsnNode(Opcodes.INVOKESTATIC, RUNTIME, site.name,
                        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)"
                                + "Ljava/lang/Object;", false);
            } else {
                replacement = new MethodInsnNode(Opcodes.INVOKESTATIC, RUNTIME, site.name,
                        "(Ljava/lang/Class;)Ljava/lang/Object;", false);
            }
            origins.put(replacement, origins.getOrDefault(site, site));
            method.instructions.set(site, replacement);
        }
    }

    /**
     * A static field is laid out only if code names it, and a field the JDK uses through a handle alone
     * ({@code ForkJoinPool.poolIds}) may have no other use: when the handle's class, name and type are
     * constants just before the factory call, a read of the field (discarded) goes in front of it.
     */
    private static void reachStaticField(MethodNode method, MethodInsnNode site,
                                         Map<AbstractInsnNode, AbstractInsnNode> origins) {
        AbstractInsnNode typeArg = site.getPrevious();
        AbstractInsnNode nameArg = typeArg == null ? null : typeArg.getPrevious();
        AbstractInsnNode classArg = nameArg == null ? null : nameArg.getPrevious();
        Type fieldType = typeArg instanceof org.objectweb.asm.tree.LdcInsnNode ldc && ldc.cst instanceof Type t ? t
                : typeArg instanceof org.objectweb.asm.tree.FieldInsnNode f && f.name.equals("TYPE")
                        ? Primitives.unboxedOf(Type.getObjectType(f.owner)) : null;
        if (fieldType != null && nameArg instanceof org.objectweb.asm.tree.LdcInsnNode name
                && name.cst instanceof String fieldName && classArg instanceof org.objectweb.asm.tree.LdcInsnNode owner
                && owner.cst instanceof Type ownerType) {
            org.objectweb.asm.tree.InsnList read = new org.objectweb.asm.tree.InsnList();
            AbstractInsnNode get = new org.objectweb.asm.tree.FieldInsnNode(Opcodes.GETSTATIC,
                    ownerType.getInternalName(), fieldName, fieldType.getDescriptor());
            AbstractInsnNode pop = new org.objectweb.asm.tree.InsnNode(fieldType.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            read.add(get);
            read.add(pop);
            origins.put(get, origins.getOrDefault(site, site));
            origins.put(pop, origins.getOrDefault(site, site));
            method.instructions.insertBefore(classArg, read);
        }
    }

    /** The generated class for access mode {@code mode} with call-site descriptor {@code desc}. */
    static String accessClass(String mode, String desc) {
        return GENERATED_PREFIX + mode + "$" + Integer.toHexString(desc.hashCode());
    }

    private static byte[] accessClass(String className, String mode, String siteDesc) {
        Operation op = Operation.of(mode);
        Type[] params = Type.getArgumentTypes(siteDesc);
        Type result = Type.getReturnType(siteDesc);
        int coordinates = params.length - op.values;
        Type valueType = op.values > 0 ? params[params.length - 1] : result;
        ClassWriter cw = SyntheticClasses.start(className);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, mode,
                "(Ljava/lang/Object;" + siteDesc.substring(1), null, null);
        mv.visitCode();
        String unsafeName = op.prefix + kind(valueType) + op.suffix;
        if (coordinates < 0 || coordinates > 2 || coordinates == 2 && params[1].getSort() != Type.INT
                || !hasUnsafeOperation(op, valueType)) {
            unsupported(mv, "VarHandle." + mode + siteDesc + " is not supported by Torito");
        } else {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe", "()L" + UNSAFE + ";", false);
            int slot = 1; // slot 0 holds the handle
            if (coordinates == 0) {
                mv.visitInsn(Opcodes.ACONST_NULL);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "staticAddress", "(Ljava/lang/Object;)J", false);
            } else if (coordinates == 1) {
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "fieldOffset", "(Ljava/lang/Object;Ljava/lang/Object;)J",
                        false);
                slot = 2;
            } else {
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitVarInsn(Opcodes.ILOAD, 2);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "elementOffset",
                        "(Ljava/lang/Object;Ljava/lang/Object;I)J", false);
                slot = 3;
            }
            Type stored = unsafeType(valueType);
            for (int i = coordinates; i < params.length; i++) {
                mv.visitVarInsn(params[i].getOpcode(Opcodes.ILOAD), slot);
                if (op == Operation.SET && stored.getSort() == Type.OBJECT && coordinates == 2) {
                    // an array store checks the element type, as aastore would
                    mv.visitInsn(Opcodes.DUP);
                    mv.visitVarInsn(Opcodes.ALOAD, 1);
                    mv.visitInsn(Opcodes.SWAP);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "checkStore", "(Ljava/lang/Object;Ljava/lang/Object;)V",
                            false);
                }
                slot += params[i].getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, UNSAFE, unsafeName, unsafeDescriptor(op, stored), false);
            if (result.getSort() == Type.OBJECT || result.getSort() == Type.ARRAY) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, result.getInternalName());
            }
            mv.visitInsn(result.getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Unsafe's name for the values of {@code t}: Int, Long, Reference, ... */
    private static String kind(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "Boolean";
            case Type.BYTE -> "Byte";
            case Type.SHORT -> "Short";
            case Type.CHAR -> "Char";
            case Type.INT -> "Int";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            case Type.DOUBLE -> "Double";
            default -> "Reference";
        };
    }

    private static Type unsafeType(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY ? Type.getType(Object.class) : t;
    }

    /** Which Unsafe operations exist for which value kinds (as VarHandle's modes do for field types). */
    private static boolean hasUnsafeOperation(Operation op, Type value) {
        boolean reference = value.getSort() == Type.OBJECT || value.getSort() == Type.ARRAY;
        boolean floating = value.getSort() == Type.FLOAT || value.getSort() == Type.DOUBLE;
        return switch (op) {
            case GET, SET, COMPARE_AND_SET, COMPARE_AND_EXCHANGE, GET_AND_SET -> value.getSort() != Type.VOID;
            case GET_AND_ADD -> !reference && value.getSort() != Type.BOOLEAN;
            case GET_AND_OR, GET_AND_AND, GET_AND_XOR -> !reference && !floating;
        };
    }

    private static String unsafeDescriptor(Operation op, Type value) {
        String v = value.getDescriptor();
        return switch (op) {
            case GET -> "(Ljava/lang/Object;J)" + v;
            case SET -> "(Ljava/lang/Object;J" + v + ")V";
            case COMPARE_AND_SET -> "(Ljava/lang/Object;J" + v + v + ")Z";
            case COMPARE_AND_EXCHANGE -> "(Ljava/lang/Object;J" + v + v + ")" + v;
            default -> "(Ljava/lang/Object;J" + v + ")" + v;
        };
    }

    private static void unsupported(MethodVisitor mv, String message) {
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/UnsupportedOperationException");
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(message);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/UnsupportedOperationException", "<init>",
                "(Ljava/lang/String;)V", false);
        mv.visitInsn(Opcodes.ATHROW);
    }
}
