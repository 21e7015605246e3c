package org.torito.compiler.asm;

/** A control register that {@code mov} reads and writes: paging, protection and feature bits (SDM Vol. 3A §2.5). */
public enum ControlRegister implements Operand {
    CR0(0), CR2(2), CR3(3), CR4(4), CR8(8);

    private final int number;

    ControlRegister(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
