package org.torito.compiler.asm;

/**
 * A far jump target {@code selector:offset}: how the trampoline reloads CS when it switches modes
 * (16 → 32-bit protected mode, 32-bit → 64-bit long mode).
 */
public record FarPointer(int selector, long offset) implements Operand {
    public FarPointer {
        if (selector < 0 || selector > 0xFFFF) {
            throw new IllegalArgumentException("segment selector 0x" + Integer.toHexString(selector)
                    + " does not fit in 16 bits");
        }
    }

    @Override
    public String toString() {
        return "0x" + Integer.toHexString(selector) + ":0x" + Long.toHexString(offset);
    }
}
