package org.torito.compiler.baseline;

import org.objectweb.asm.ClassReader;

/**
 * The bytecode offset (bci) of every instruction of a method, read from the class file's Code attribute
 * (JVMS §4.7.3, instruction sizes from §6.5). ASM's tree API drops offsets, but it keeps one node per
 * instruction in order, so the i-th real instruction of a {@code MethodNode} is at {@code offsets[i]}. The
 * image writer maps the offsets the compiler records ({@link NullCheck#bci()}) back to instructions with it.
 */
public final class BytecodeOffsets {
    private BytecodeOffsets() {
    }

    /** The offsets of the instructions of method {@code name descriptor} in {@code classFile}. */
    public static int[] of(byte[] classFile, String name, String descriptor) {
        int[] offsetsAndLength = offsetsAndLength(classFile, name, descriptor);
        return java.util.Arrays.copyOf(offsetsAndLength, offsetsAndLength.length - 1);
    }

    /** The length in bytes of the method's bytecode. */
    static int codeLength(byte[] classFile, String name, String descriptor) {
        int[] offsetsAndLength = offsetsAndLength(classFile, name, descriptor);
        return offsetsAndLength[offsetsAndLength.length - 1];
    }

    /** The instruction offsets followed by the code length, from one parse of the class file. */
    static int[] offsetsAndLength(byte[] classFile, String name, String descriptor) {
        return codeAttribute(classFile, name, descriptor);
    }

    private static int[] codeAttribute(byte[] classFile, String name, String descriptor) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        int at = reader.header + 6; // access_flags, this_class, super_class
        at += 2 + 2 * reader.readUnsignedShort(at); // interfaces
        at = skipMembers(reader, at); // fields
        int methods = reader.readUnsignedShort(at);
        at += 2;
        for (int m = 0; m < methods; m++) {
            String methodName = reader.readUTF8(at + 2, buffer);
            String methodDescriptor = reader.readUTF8(at + 4, buffer);
            int attributes = reader.readUnsignedShort(at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) {
                String attribute = reader.readUTF8(at, buffer);
                int length = reader.readInt(at + 2);
                if (attribute.equals("Code") && methodName.equals(name) && methodDescriptor.equals(descriptor)) {
                    int codeLength = reader.readInt(at + 10);
                    int[] offsets = walk(reader, at + 14, codeLength);
                    int[] withLength = java.util.Arrays.copyOf(offsets, offsets.length + 1);
                    withLength[offsets.length] = codeLength;
                    return withLength;
                }
                at += 6 + length;
            }
        }
        throw new IllegalArgumentException("no Code for " + name + descriptor + " in " + reader.getClassName());
    }

    private static int skipMembers(ClassReader reader, int at) {
        int count = reader.readUnsignedShort(at);
        at += 2;
        for (int i = 0; i < count; i++) {
            int attributes = reader.readUnsignedShort(at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) {
                at += 6 + reader.readInt(at + 2);
            }
        }
        return at;
    }

    private static int[] walk(ClassReader reader, int code, int codeLength) {
        int[] offsets = new int[codeLength];
        int count = 0;
        int bci = 0;
        while (bci < codeLength) {
            offsets[count++] = bci;
            bci += length(reader, code, bci);
        }
        return java.util.Arrays.copyOf(offsets, count);
    }

    /** The size in bytes of the instruction at {@code bci}. */
    private static int length(ClassReader reader, int code, int bci) {
        int opcode = reader.readByte(code + bci);
        if (opcode == 0xC4) { // wide: iinc takes two 16-bit operands, the rest one
            return reader.readByte(code + bci + 1) == 0x84 ? 6 : 4;
        }
        if (opcode == 0xAA || opcode == 0xAB) { // tableswitch, lookupswitch: padded to 4, then a table
            int table = code + ((bci + 4) & ~3);
            int header = table - (code + bci);
            if (opcode == 0xAA) {
                int low = reader.readInt(table + 4);
                int high = reader.readInt(table + 8);
                return header + 12 + 4 * (high - low + 1);
            }
            return header + 8 + 8 * reader.readInt(table + 4);
        }
        return SIZES.charAt(opcode) - '0';
    }

    /** Instruction sizes by opcode (0 for the variable and unused ones), 16 per row. */
    private static final String SIZES =
            "1111111111111111" // 0x00 nop .. dconst_1
            + "2323322222111111" // 0x10 bipush sipush ldc ldc_w ldc2_w, iload..aload, xload_n
            + "1111111111111111" // 0x20 xload_n, xaload
            + "1111112222211111" // 0x30 xaload, istore..astore, xstore_n
            + "1111111111111111" // 0x40 xstore_n
            + "1111111111111111" // 0x50 xastore, stack ops
            + "1111111111111111" // 0x60 arithmetic
            + "1111111111111111" // 0x70 arithmetic
            + "1111311111111111" // 0x80 iinc, conversions
            + "1111111113333333" // 0x90 conversions, lcmp, if<cond>
            + "3333333332001111" // 0xa0 if_icmp<cond>, goto, jsr, ret, switches, returns
            + "1133333335532311" // 0xb0 get/put, invoke*, new, newarray, anewarray, arraylength, athrow
            + "3311043355000000" // 0xc0 checkcast instanceof monitor* wide multianewarray ifnull ifnonnull goto_w jsr_w
            + "0000000000000000" // 0xd0 unused
            + "0000000000000000" // 0xe0 unused
            + "0000000000000000"; // 0xf0 unused
}
