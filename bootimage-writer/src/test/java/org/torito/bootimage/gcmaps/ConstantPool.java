package org.torito.bootimage.gcmaps;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The constant pool of a class file (JVMS §4.4), read in place: as much as the type analysis needs, which is
 * the tag of an {@code ldc} constant and the descriptor behind a field, method or dynamic reference.
 */
final class ConstantPool {
    // Tags, JVMS §4.4 Table 4.4-B
    static final int UTF8 = 1, INTEGER = 3, FLOAT = 4, LONG = 5, DOUBLE = 6, CLASS = 7, STRING = 8,
            FIELDREF = 9, METHODREF = 10, INTERFACE_METHODREF = 11, NAME_AND_TYPE = 12, METHOD_HANDLE = 15,
            METHOD_TYPE = 16, DYNAMIC = 17, INVOKE_DYNAMIC = 18, MODULE = 19, PACKAGE = 20;

    private final ByteBuffer classFile;
    /** tags[i]: the tag of entry i; 0 for entry 0 and the unusable entry after a long or double. */
    private final int[] tags;
    /** info[i]: where entry i's bytes start in the class file, just after its tag. */
    private final int[] info;
    /** Where the pool ends: the offset of the class's access_flags. */
    private final int end;

    /** Reads the pool that starts, with its constant_pool_count, at {@code offset} of {@code classFile}. */
    ConstantPool(ByteBuffer classFile, int offset) {
        this.classFile = classFile;
        int count = classFile.getShort(offset) & 0xffff;
        tags = new int[count];
        info = new int[count];
        int at = offset + 2;
        for (int i = 1; i < count; i++) {
            int tag = classFile.get(at) & 0xff;
            tags[i] = tag;
            info[i] = at + 1;
            at += 1 + switch (tag) {
                case UTF8 -> 2 + (classFile.getShort(at + 1) & 0xffff);
                case INTEGER, FLOAT, FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC,
                        INVOKE_DYNAMIC -> 4;
                case LONG, DOUBLE -> 8;
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> 2;
                case METHOD_HANDLE -> 3;
                default -> throw new IllegalArgumentException("constant pool entry " + i + " at offset " + at
                        + " has tag " + tag + ", which JVMS §4.4 does not define");
            };
            if (tag == LONG || tag == DOUBLE) {
                i++; // JVMS §4.4.5: an 8-byte constant takes two entries
            }
        }
        end = at;
    }

    /** The offset of the first byte after the pool. */
    int end() {
        return end;
    }

    int tag(int index) {
        if (index <= 0 || index >= tags.length || tags[index] == 0) {
            throw new IllegalArgumentException("constant pool index " + index + " names no entry (count "
                    + tags.length + ")");
        }
        return tags[index];
    }

    /** The string of CONSTANT_Utf8 entry {@code index}, decoded from modified UTF-8 (JVMS §4.4.7). */
    String utf8(int index) {
        expect(index, UTF8);
        int length = classFile.getShort(info[index]) & 0xffff;
        byte[] bytes = new byte[2 + length];
        classFile.get(info[index], bytes);
        try {
            // DataInput.readUTF reads exactly this format: a u2 length, then modified UTF-8
            return new DataInputStream(new ByteArrayInputStream(bytes)).readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException("constant pool entry " + index + " is not modified UTF-8", e);
        }
    }

    /** The {@code k}-th u2 of entry {@code index}'s info (k = 0 is the first). */
    int u2(int index, int k) {
        return classFile.getShort(info[index] + 2 * k) & 0xffff;
    }

    /**
     * The descriptor of a Fieldref, Methodref, InterfaceMethodref, Dynamic or InvokeDynamic entry: each has
     * its NameAndType index second (JVMS §4.4.2, §4.4.10), whose descriptor is in turn second (§4.4.6).
     */
    String descriptorOf(int index) {
        int tag = tag(index);
        if (tag != FIELDREF && tag != METHODREF && tag != INTERFACE_METHODREF && tag != DYNAMIC
                && tag != INVOKE_DYNAMIC) {
            throw new IllegalArgumentException("constant pool entry " + index + " has tag " + tag
                    + ", not a member or dynamic reference");
        }
        int nameAndType = u2(index, 1);
        expect(nameAndType, NAME_AND_TYPE);
        return utf8(u2(nameAndType, 1));
    }

    /** The name of CONSTANT_Class entry {@code index}. */
    String className(int index) {
        expect(index, CLASS);
        return utf8(u2(index, 0));
    }

    private void expect(int index, int tag) {
        if (tag(index) != tag) {
            throw new IllegalArgumentException("constant pool entry " + index + " has tag " + tags[index]
                    + ", expected " + tag);
        }
    }
}
