package org.torito.bootimage.gcmaps;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One method's Code attribute (JVMS §4.7.3), read straight from the class file: its bytecode, limits and
 * exception table, with the class's constant pool to resolve operands. Bytecode offsets here are the class
 * file's own, the ones the compiler's maps name.
 *
 * @param owner the class's internal name ({@code this_class})
 * @param access the method's access_flags (JVMS §4.6)
 */
record MethodCode(String owner, String name, String descriptor, int access, int maxStack, int maxLocals,
                  byte[] code, List<Handler> handlers, ConstantPool pool) {
    /** ACC_STATIC in a method's access_flags (JVMS §4.6 Table 4.6-A). */
    static final int ACC_STATIC = 0x0008;

    /** One exception_table entry: {@code [startPc, endPc)} is covered, {@code catchType} 0 catches anything. */
    record Handler(int startPc, int endPc, int handlerPc, int catchType) {
    }

    MethodCode {
        code = code.clone();
        handlers = List.copyOf(handlers);
    }

    /**
     * Finds method {@code name descriptor} in {@code classFile} and reads its Code attribute.
     *
     * @throws IllegalArgumentException if the class has no such method, or it has no code
     */
    static MethodCode read(byte[] classFile, String name, String descriptor) {
        ByteBuffer in = ByteBuffer.wrap(classFile); // big-endian, as class files are (JVMS §4)
        if (in.getInt(0) != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file: magic is 0x" + Integer.toHexString(in.getInt(0)));
        }
        ConstantPool pool = new ConstantPool(in, 8); // after magic, minor_version and major_version: 4, 2, 2 bytes
        int at = pool.end();
        String owner = pool.className(u2(in, at + 2)); // after access_flags
        at += 6; // access_flags, this_class, super_class
        at += 2 + 2 * u2(in, at); // interfaces_count and the interfaces
        int fields = u2(in, at);
        at += 2;
        for (int f = 0; f < fields; f++) {
            at = skipAttributes(in, at + 6); // access_flags, name_index, descriptor_index
        }
        int methods = u2(in, at);
        at += 2;
        for (int m = 0; m < methods; m++) {
            int access = u2(in, at);
            String methodName = pool.utf8(u2(in, at + 2));
            String methodDescriptor = pool.utf8(u2(in, at + 4));
            int attributes = u2(in, at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) {
                int length = in.getInt(at + 2);
                if (methodName.equals(name) && methodDescriptor.equals(descriptor)
                        && pool.utf8(u2(in, at)).equals("Code")) {
                    return code(in, at + 6, owner, name, descriptor, access, pool);
                }
                at += 6 + length; // attribute_name_index, attribute_length, info
            }
        }
        throw new IllegalArgumentException("class " + owner + " has no method " + name + descriptor
                + " with a Code attribute");
    }

    /** The Code attribute whose info (after attribute_name_index and attribute_length) starts at {@code at}. */
    private static MethodCode code(ByteBuffer in, int at, String owner, String name, String descriptor,
                                   int access, ConstantPool pool) {
        int maxStack = u2(in, at);
        int maxLocals = u2(in, at + 2);
        int codeLength = in.getInt(at + 4);
        byte[] code = new byte[codeLength];
        in.get(at + 8, code);
        int table = at + 8 + codeLength;
        int entries = u2(in, table);
        List<Handler> handlers = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            int entry = table + 2 + 8 * e; // four u2 each
            handlers.add(new Handler(u2(in, entry), u2(in, entry + 2), u2(in, entry + 4), u2(in, entry + 6)));
        }
        return new MethodCode(owner, name, descriptor, access, maxStack, maxLocals, code, handlers, pool);
    }

    private static int skipAttributes(ByteBuffer in, int at) {
        int count = u2(in, at);
        at += 2;
        for (int a = 0; a < count; a++) {
            at += 6 + in.getInt(at + 2);
        }
        return at;
    }

    private static int u2(ByteBuffer in, int at) {
        return in.getShort(at) & 0xffff;
    }

    @Override
    public byte[] code() {
        return code.clone();
    }

    boolean isStatic() {
        return (access & ACC_STATIC) != 0;
    }

    /** {@code owner.name descriptor}, as messages name the method. */
    String where() {
        return owner + "." + name + descriptor;
    }

    int length() {
        return code.length;
    }

    /**
     * The length in bytes of the instruction at {@code at}, operands included (JVMS §6.5).
     *
     * @throws IllegalArgumentException if no instruction has that opcode, a switch's table is malformed, or the
     *                                  instruction runs past the end of the code
     */
    int instructionLength(int at) {
        int opcode = u1(at);
        int size = switch (opcode) {
            case Op.BIPUSH, Op.LDC, Op.ILOAD, Op.LLOAD, Op.FLOAD, Op.DLOAD, Op.ALOAD, Op.ISTORE, Op.LSTORE,
                    Op.FSTORE, Op.DSTORE, Op.ASTORE, Op.RET, Op.NEWARRAY -> 2;
            case Op.SIPUSH, Op.LDC_W, Op.LDC2_W, Op.IINC, Op.IFEQ, Op.IFNE, Op.IFLT, Op.IFGE, Op.IFGT, Op.IFLE,
                    Op.IF_ICMPEQ, Op.IF_ICMPNE, Op.IF_ICMPLT, Op.IF_ICMPGE, Op.IF_ICMPGT, Op.IF_ICMPLE,
                    Op.IF_ACMPEQ, Op.IF_ACMPNE, Op.GOTO, Op.JSR, Op.GETSTATIC, Op.PUTSTATIC, Op.GETFIELD,
                    Op.PUTFIELD, Op.INVOKEVIRTUAL, Op.INVOKESPECIAL, Op.INVOKESTATIC, Op.NEW, Op.ANEWARRAY,
                    Op.CHECKCAST, Op.INSTANCEOF, Op.IFNULL, Op.IFNONNULL -> 3;
            case Op.MULTIANEWARRAY -> 4;
            case Op.INVOKEINTERFACE, Op.INVOKEDYNAMIC, Op.GOTO_W, Op.JSR_W -> 5;
            case Op.WIDE -> u1(at + 1) == Op.IINC ? 6 : 4; // opcode, modified opcode, u2 index[, s2]
            case Op.TABLESWITCH -> { // padding, default, low, high, then high - low + 1 offsets
                int table = (at + 4) & ~3;
                long entries = (long) s4(table + 8) - s4(table + 4) + 1;
                if (entries < 1) {
                    throw new IllegalArgumentException("tableswitch with high < low (JVMS §6.5 tableswitch)");
                }
                yield (int) (table - at + 12 + 4 * entries);
            }
            case Op.LOOKUPSWITCH -> { // padding, default, npairs, then npairs (match, offset) pairs
                int table = (at + 4) & ~3;
                int pairs = s4(table + 4);
                if (pairs < 0) {
                    throw new IllegalArgumentException("lookupswitch with npairs < 0 (JVMS §6.5 lookupswitch)");
                }
                yield table - at + 8 + 8 * pairs;
            }
            default -> {
                if (opcode > Op.JSR_W) {
                    throw new IllegalArgumentException("opcode 0x" + Integer.toHexString(opcode)
                            + " is not a JVM instruction (JVMS §6.5)");
                }
                yield 1;
            }
        };
        if (at + size > code.length) {
            throw new IllegalArgumentException(Op.mnemonic(opcode) + " runs past the end of the code");
        }
        return size;
    }

    // Operands of the instruction stream, JVMS §6.1: big-endian, signed where the instruction says so

    int u1(int bci) {
        return code[bci] & 0xff;
    }

    int s1(int bci) {
        return code[bci];
    }

    int u2(int bci) {
        return (u1(bci) << 8) | u1(bci + 1);
    }

    int s2(int bci) {
        return (short) u2(bci);
    }

    int s4(int bci) {
        return (u2(bci) << 16) | u2(bci + 2);
    }
}
