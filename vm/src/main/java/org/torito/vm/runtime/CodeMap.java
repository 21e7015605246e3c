package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.TibLayout;

/**
 * Where compiled code is and whose it is: the method table the image writer lays out, sorted by address.
 * The one place that maps a code address to its method, for the unwinder, stack traces and panics.
 *
 * <pre>
 *   method entry (ENTRY_BYTES):
 *     START     code start (u64)          END        code end (u64)
 *     NAME      address of the method's name, NUL-terminated UTF-8 (u64)
 *     HANDLERS  address of its exception handler table, or 0 (u64)
 *     LOCALS    local slots of its frame (u32), then FLAGS (u32): NATIVE_FLAG when it stands for a JDK native
 *     LINES     address of its line table, or 0 (u64): a count (u64), then count pairs of the machine-code
 *               offset from START (u32) and the source line (u32), by offset
 *     SOURCE    address of its source file's name, NUL-terminated ("Hello.java"), or 0 (u64)
 *     TYPE      the type information block of its declaring class (u64)
 *     MAPS      address of its reference maps, or 0 (u64): which frame slots hold references at each call
 *               site, for the collector (below)
 *     NULL_CHECKS  address of its null check table, or 0 (u64): the messages of the NullPointerExceptions
 *               its null checks throw (below)
 *   handler table: count (u64), then count entries of HANDLER_BYTES:
 *     HANDLER_START, HANDLER_END (code addresses, end exclusive), HANDLER_ENTRY (where to continue, with the
 *     exception in rax), HANDLER_TYPE (the catch type's type information block, 0 for any)
 * </pre>
 * reference maps: the method's call sites by return offset, in unsigned LEB128: their count, then per site
 *     the return offset's distance from the previous site's (from START for the first) and the index of its
 *     frame shape in the image's shape table
 *   frame shapes ({@link #frameShapes}), each distinct one once for the whole image: SHAPE_COUNT (u32), 4 zero
 *     bytes, then at SHAPE_OFFSETS the count offsets (u32) of the shapes from the table's start; a shape:
 *       SHAPE_STACK_SLOTS  operand stack slots below the locals while the call is in progress (u32)
 *       SHAPE_WORDS        how many bit words follow (u32)
 *       SHAPE_BITS         the words (u64): bit j (j &lt; LOCALS) local slot j, bit LOCALS+i operand stack slot
 *                          i, set when the slot holds a reference ({@code compiler.baseline.Abi} places them)
 * null check table: the null checks whose exception has a message (HotSpot's helpful messages, JEP 358), by
 *     the return offset of their trap call: the count, then per check three unsigned LEB128 numbers: the
 *     return offset's distance from the previous check's (from START for the first), its action (a part)
 *     and its cause (a part plus one; 0 when the message is the action alone). The message is the action
 *     followed by the cause. A part is SUBJECT * NULL_CHECK_FORMS + FORM: its subject (where the text starts
 *     in the texts: "String.length()") in the wording of its form (the text before it, 'Cannot invoke "',
 *     and the text after it, '"')
 *   texts ({@link #nullCheckTexts}): NUL-terminated UTF-8, each once for the whole image: the text before and
 *     the text after of each of the NULL_CHECK_FORMS forms, in order, then the subjects
 * Handlers are in the order of the method's exception table, so the first match is the right one (JVMS §2.10).
 */
public final class CodeMap {
    public static final int START = 0;
    public static final int END = START + 8;
    public static final int NAME = END + 8;
    public static final int HANDLERS = NAME + 8;
    public static final int LOCALS = HANDLERS + 8;
    public static final int FLAGS = LOCALS + 4;
    public static final int NATIVE_FLAG = 1;
    public static final int LINES = LOCALS + 8;
    public static final int SOURCE = LINES + 8;
    public static final int TYPE = SOURCE + 8;
    public static final int MAPS = TYPE + 8;
    public static final int NULL_CHECKS = MAPS + 8;
    public static final int ENTRY_BYTES = NULL_CHECKS + 8;
    public static final int NULL_CHECK_FORMS = 8;
    public static final int SHAPE_COUNT = 0;
    public static final int SHAPE_OFFSETS = 8;
    public static final int SHAPE_STACK_SLOTS = 0;
    public static final int SHAPE_WORDS = 4;
    public static final int SHAPE_BITS = 8;
    public static final int HANDLER_START = 0;
    public static final int HANDLER_END = HANDLER_START + 8;
    public static final int HANDLER_ENTRY = HANDLER_END + 8;
    public static final int HANDLER_TYPE = HANDLER_ENTRY + 8;
    public static final int HANDLER_BYTES = HANDLER_TYPE + 8;

    /** The method table and its size, and the range of compiled code; stored by the image writer. */
    public static long methodTable;
    public static int methodCount;
    public static long codeStart;
    public static long codeEnd;
    /** Where the texts of the null check tables are; stored by the image writer. */
    public static long nullCheckTexts;
    /** Where the frame shapes of the reference maps are; stored by the image writer. */
    public static long frameShapes;

    private CodeMap() {
    }

    /** The method entry whose code contains {@code address}, or 0 (binary search over the sorted table). */
    public static long find(long address) {
        if (address < codeStart || address >= codeEnd) {
            return 0;
        }
        int low = 0;
        int high = methodCount - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long entry = methodTable + (long) ENTRY_BYTES * middle;
            if (address < Magic.loadLong(entry + START)) {
                high = middle - 1;
            } else if (address >= Magic.loadLong(entry + END)) {
                low = middle + 1;
            } else {
                return entry;
            }
        }
        return 0;
    }

    /** The source line of {@code address} in the method of {@code entry}, or -1 when it has no line table. */
    public static int line(long entry, long address) {
        long table = Magic.loadLong(entry + LINES);
        if (table == 0) {
            return -1;
        }
        long offset = address - Magic.loadLong(entry + START);
        long count = Magic.loadLong(table);
        int line = -1;
        for (long i = 0; i < count; i++) {
            long pair = table + 8 + 8 * i;
            if (Magic.loadInt(pair) > offset) {
                break;
            }
            line = Magic.loadInt(pair + 4);
        }
        return line;
    }

    /** The class that declares the method of {@code entry}. */
    public static Class<?> declaringClass(long entry) {
        return (Class<?>) Magic.toObject(Magic.loadLong(Magic.loadLong(entry + TYPE) + TibLayout.CLASS_OBJECT));
    }

    /**
     * The frame shape of the call that returns to {@code returnAddress} in the method of {@code entry} (see
     * the reference maps above), or 0 when the method has no map there. Decodes the method's sites in order:
     * a collection looks up one per frame.
     */
    public static long referenceMap(long entry, long returnAddress) {
        long at = Magic.loadLong(entry + MAPS);
        if (at == 0) {
            return 0;
        }
        long target = returnAddress - Magic.loadLong(entry + START);
        long count = readUnsigned(at);
        at = skipUnsigned(at);
        long offset = 0;
        for (long i = 0; i < count; i++) {
            offset += readUnsigned(at);
            at = skipUnsigned(at);
            long shape = readUnsigned(at);
            at = skipUnsigned(at);
            if (offset == target) {
                return frameShapes + Magic.loadInt(frameShapes + SHAPE_OFFSETS + 4 * shape);
            } else if (offset > target) {
                break;
            }
        }
        return 0;
    }

    /**
     * The message of the NullPointerException thrown by the null check whose trap call returns to
     * {@code returnAddress} in the method of {@code entry} (see the null check table above), or null when it
     * has none. Decodes the method's checks in order: an exception's message is asked for once, if at all.
     */
    public static String nullCheckMessage(long entry, long returnAddress) {
        long at = Magic.loadLong(entry + NULL_CHECKS);
        if (at == 0) {
            return null;
        }
        long target = returnAddress - Magic.loadLong(entry + START);
        long count = readUnsigned(at);
        at = skipUnsigned(at);
        long offset = 0;
        for (long i = 0; i < count && offset <= target; i++) {
            offset += readUnsigned(at);
            at = skipUnsigned(at);
            if (offset == target) {
                String action = nullCheckPart(readUnsigned(at));
                long cause = readUnsigned(skipUnsigned(at));
                return cause == 0 ? action : action + nullCheckPart(cause - 1);
            }
            at = skipUnsigned(skipUnsigned(at));
        }
        return null;
    }

    /** A part of a null check's message: its subject in the wording of its form (see the table above). */
    private static String nullCheckPart(long part) {
        long before = nullCheckTexts;
        for (long i = 0; i < 2 * (part % NULL_CHECK_FORMS); i++) {
            before = skipCString(before);
        }
        return cString(before) + cString(nullCheckTexts + part / NULL_CHECK_FORMS) + cString(skipCString(before));
    }

    /** The unsigned LEB128 number at {@code address}: 7 bits a byte, low first, the top bit marks more. */
    private static long readUnsigned(long address) {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = Magic.loadByte(address++);
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }

    /** The address after the unsigned LEB128 number at {@code address}. */
    private static long skipUnsigned(long address) {
        while (Magic.loadByte(address++) < 0) {
            // the last byte has its top bit clear
        }
        return address;
    }

    /** The address after the NUL-terminated text at {@code address}. */
    private static long skipCString(long address) {
        while (Magic.loadByte(address++) != 0) {
            // up to and past the NUL
        }
        return address;
    }

    /** The NUL-terminated UTF-8 text at {@code address}, as the method table stores names and messages. */
    static String cString(long address) {
        int length = 0;
        while (Magic.loadByte(address + length) != 0) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Magic.loadByte(address + i);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether {@code address} is in compiled code: a return address a stack walk may follow. */
    public static boolean isCode(long address) {
        return address >= codeStart && address < codeEnd;
    }
}
