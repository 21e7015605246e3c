package org.torito.bootimage.bios;

import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Label;

/**
 * A far jump to a label, {@code jmp selector:label}, from 16-bit code: how the MBR sets CS = 0 and how the
 * loader enters its 32-bit code right after setting CR0.PE (the far JMP of SDM Vol. 3A §9.9.1 step 4).
 *
 * <p>The assembler's {@code jmpFar} takes the offset only as a number, so this writes the instruction as
 * data: {@code 66 EA}, "JMP ptr16:32" (SDM Vol. 2A, JMP) with the operand-size prefix, then the label's
 * absolute address as a 32-bit offset ({@code data32(label)}), then the selector. GNU as encodes
 * {@code ljmpl $selector, $label} in {@code .code16} the same way, and Linux writes it by hand for the same
 * mode switch (arch/x86/boot/pmjump.S). The 32-bit offset is as good as a 16-bit one in real mode, where
 * every label here is below 64 KiB.
 */
final class FarJump {
    private static final int OPERAND_SIZE_PREFIX = 0x66;
    private static final int JMP_PTR16_32 = 0xEA;

    private FarJump() {
    }

    /** {@code jmp selector:target}, 8 bytes, in 16-bit code. */
    static void to(Assembler a, int selector, Label target) {
        a.data8(OPERAND_SIZE_PREFIX);
        a.data8(JMP_PTR16_32);
        a.data32(target);
        a.data16(selector);
    }
}
