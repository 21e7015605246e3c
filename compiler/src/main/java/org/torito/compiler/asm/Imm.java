package org.torito.compiler.asm;

/**
 * An immediate: a number, or the address of a {@linkplain Ref symbolic target} that the image writer fills
 * in through a {@link Relocation}.
 *
 * @param value the number, or the addend when {@code ref} is set
 * @param ref the target whose address is the value, or null for a plain number
 */
public record Imm(long value, Ref ref) implements Operand {
    public static Imm of(long value) {
        return new Imm(value, null);
    }

    @Override
    public String toString() {
        if (ref != null) {
            return ref.toString();
        }
        return value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
    }
}
