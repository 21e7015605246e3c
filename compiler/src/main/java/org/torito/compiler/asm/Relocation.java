package org.torito.compiler.asm;

/**
 * A field in assembled code that the linker fills with the address of a {@link Ref}: a call to another
 * method, the address of a static or of an image object. The semantics follow the ELF x86-64 psABI
 * relocations of the same names, with {@code S} the target's address, {@code A} the addend and {@code P}
 * the field's own address.
 *
 * @param offset byte offset of the field from the start of the code
 * @param kind the field's size and formula
 * @param target the referenced thing (compared by identity)
 * @param addend A in the formula
 */
public record Relocation(int offset, Kind kind, Object target, long addend) {
    public enum Kind {
        /** 32 bits, {@code S + A}, zero-extended by the instruction (R_X86_64_32). */
        ABS32(4),
        /** 32 bits, {@code S + A}, sign-extended by the instruction (R_X86_64_32S). */
        ABS32S(4),
        /** 64 bits, {@code S + A} (R_X86_64_64). */
        ABS64(8),
        /** 32 bits, {@code S + A - P}: RIP-relative operands and rel32 branches (R_X86_64_PC32). */
        PC32(4);

        public final int sizeBytes;

        Kind(int sizeBytes) {
            this.sizeBytes = sizeBytes;
        }
    }

    /** The value to store in the field for a target at {@code targetAddress} and code at {@code codeAddress}. */
    public long value(long targetAddress, long codeAddress) {
        long value = targetAddress + addend - (kind == Kind.PC32 ? codeAddress + offset : 0);
        boolean fits = switch (kind) {
            case ABS32 -> value >= 0 && value <= 0xFFFF_FFFFL;
            case ABS32S, PC32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case ABS64 -> true;
        };
        if (!fits) {
            throw new IllegalStateException(kind + " relocation at offset " + offset + " to " + target
                    + ": value 0x" + Long.toHexString(value) + " does not fit in 32 bits");
        }
        return value;
    }

    /** Stores the value for a target at {@code targetAddress} into {@code code} loaded at {@code codeAddress}. */
    public void apply(byte[] code, long targetAddress, long codeAddress) {
        long value = value(targetAddress, codeAddress);
        for (int i = 0; i < kind.sizeBytes; i++) {
            code[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
