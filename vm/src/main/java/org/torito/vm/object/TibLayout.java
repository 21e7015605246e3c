package org.torito.vm.object;

/**
 * The type information block (TIB) every object's header points to: what the compiler, the image writer
 * and the runtime need to know about the object's type at run time. One per loaded type, in the image.
 *
 * <pre>
 *   offset 0   name: address of the type's name (NUL-terminated UTF-8, e.g. "java.lang.String", "[I")
 *   offset 8   kind (int: CLASS, INTERFACE, ARRAY)        offset 12  depth (int): superclass chain length, Object = 0
 *   offset 16  instance size in bytes (int; classes)     offset 20  element size in bytes (int; arrays)
 *   offset 24  display: address of depth+1 TIB addresses, display[i] = the ancestor at depth i
 *   offset 32  interfaces: address of a count (8 bytes) then that many TIB addresses: every interface the
 *              type implements, directly or not
 *   offset 40  element type's TIB (arrays), else 0
 *   offset 48  itable: address of a count (8 bytes) then (interface TIB, method table address) pairs; a method
 *              table lists code addresses in the order of the interface's declared methods
 *   offset 56  the type's {@code java.lang.Class} object
 *   offset 64  fields: address of a count (8 bytes) then, per instance field the class declares, the address
 *              of its name (UTF-16 code units), the name's length in code units (int) and the field's
 *              offset (int); what {@code Unsafe.objectFieldOffset} looks names up in
 *   offset 72  the TIB of the array type whose elements are this type, if the image has it, else 0
 *   offset 80  references: address of a count (int) then that many offsets (int) of the instance's reference
 *              fields, inherited ones included, for the collector; 0 when there are none (and for arrays)
 *   offset 88  GC flags (int): {@link #REFERENCE_ELEMENTS} for arrays of references; for subclasses of
 *              {@code java.lang.ref.Reference} one of the REFERENCE_* kinds, whose {@code referent} is then
 *              left out of the reference offsets (the collector treats it specially)
 *   offset 96  vtable: code addresses, entry i at VTABLE + 8*i
 * </pre>
 * A class C is a subclass of D (depth d) iff {@code C.depth >= d && C.display[d] == D}: one load and compare.
 */
public final class TibLayout {
    public static final int NAME = 0;
    public static final int KIND = NAME + 8;
    public static final int DEPTH = KIND + 4;
    public static final int INSTANCE_SIZE = DEPTH + 4;
    public static final int ELEMENT_SIZE = INSTANCE_SIZE + 4;
    public static final int DISPLAY = ELEMENT_SIZE + 4;
    public static final int INTERFACES = DISPLAY + 8;
    public static final int ELEMENT_TIB = INTERFACES + 8;
    public static final int ITABLE = ELEMENT_TIB + 8;
    public static final int CLASS_OBJECT = ITABLE + 8;
    public static final int FIELDS = CLASS_OBJECT + 8;
    public static final int ARRAY_TIB = FIELDS + 8;
    public static final int REFERENCES = ARRAY_TIB + 8;
    public static final int GC_FLAGS = REFERENCES + 8;
    public static final int VTABLE = GC_FLAGS + 8;

    /** GC flag: the array's elements are references. */
    public static final int REFERENCE_ELEMENTS = 1;
    /** GC flags: the kind of {@code java.lang.ref.Reference}, whose referent does not keep its object alive. */
    public static final int SOFT_REFERENCE = 2;
    public static final int WEAK_REFERENCE = 4;
    public static final int PHANTOM_REFERENCE = 8;
    /** Every REFERENCE_* kind. */
    public static final int REFERENCE_KINDS = SOFT_REFERENCE | WEAK_REFERENCE | PHANTOM_REFERENCE;

    /** A field entry: name address, name length, offset. */
    public static final int FIELD_ENTRY_BYTES = 16;
    public static final int FIELD_NAME = 0;
    public static final int FIELD_NAME_LENGTH = 8;
    public static final int FIELD_OFFSET = 12;

    public static final int KIND_CLASS = 0;
    public static final int KIND_INTERFACE = 1;
    public static final int KIND_ARRAY = 2;

    private TibLayout() {
    }

    /** Offset of vtable entry {@code index}. */
    public static int vtableEntry(int index) {
        return VTABLE + 8 * index;
    }
}
