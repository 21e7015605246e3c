package org.torito.compiler.asm;

/** A segment register, as loaded by the trampoline after {@code lgdt} (encodings from SDM Vol. 2A §3.1.1.3). */
public enum SegmentRegister implements Operand {
    ES, CS, SS, DS, FS, GS;

    /** The 3-bit encoding: the enum order. */
    public int number() {
        return ordinal();
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
