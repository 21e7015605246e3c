package org.torito.compiler.asm;

/**
 * The processor mode code is assembled for. It fixes the default operand and address sizes, and so which
 * prefixes (0x66, 0x67, REX) an instruction needs (SDM Vol. 1 §3.6, Vol. 2A §2.2.1).
 */
public enum Mode {
    /** Real mode and 16-bit protected mode: the BIOS loader. */
    BITS16(16, ".code16"),
    /** 32-bit protected mode: the PVH entry and the trampoline before long mode. */
    BITS32(32, ".code32"),
    /** 64-bit long mode: everything after the trampoline. */
    BITS64(64, ".code64");

    /** Default operand size in bits without prefixes (32 in long mode; REX.W makes 64). */
    public final int defaultOperandBits;
    /** Default address size in bits. */
    public final int addressBits;
    /** The GNU as directive that selects this mode. */
    public final String gasDirective;

    Mode(int bits, String gasDirective) {
        this.defaultOperandBits = bits == 16 ? 16 : 32;
        this.addressBits = bits;
        this.gasDirective = gasDirective;
    }

    /** The bit of this mode in {@link Form#modes()}. */
    int mask() {
        return 1 << ordinal();
    }
}
