package org.torito.compiler.asm;

/**
 * An immediate: a number, the absolute address of a {@link Label} in the same code (origin + offset, as in
 * {@code mov si, OFFSET msg}), or the address of a {@linkplain Ref symbolic target} that the image writer
 * fills in through a {@link Relocation}.
 *
 * @param value the number, or the addend when {@code ref} is set
 * @param ref the target whose address is the value, or null
 * @param label the label whose address is the value, or null
 */
public record Imm(long value, Ref ref, Label label) implements Operand {
    public Imm(long value, Ref ref) {
        this(value, ref, null);
    }

    public static Imm of(long value) {
        return new Imm(value, null, null);
    }

    /** The absolute address of {@code label}. */
    public static Imm address(Label label) {
        return new Imm(0, null, label);
    }

    /** Neither a Ref nor a label: a number known now. */
    boolean isNumber() {
        return ref == null && label == null;
    }

    @Override
    public String toString() {
        if (ref != null) {
            return ref.toString();
        }
        if (label != null) {
            return "OFFSET " + label;
        }
        return value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
    }
}
