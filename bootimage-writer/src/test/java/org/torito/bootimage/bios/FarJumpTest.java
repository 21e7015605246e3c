package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mode;

/** The far jump to a label, against GNU as 2.40 ({@code .code16}, linked by ld at 0x7E00). */
class FarJumpTest {
    private static final long ORIGIN = 0x7E00;

    @Test
    void to_labelAfterTheJump_isLjmplToItsAbsoluteAddress() {
        Assembler a = new Assembler(Mode.BITS16, ORIGIN);
        Label target = new Label("target");

        FarJump.to(a, Loader.CODE32_SELECTOR, target); // ljmpl $0x08, $target
        FarJump.to(a, 0, target);                       // ljmpl $0, $target
        a.nop();
        a.bind(target);                                 // 0x7E11
        byte[] bytes = a.finish().bytes();

        assertArrayEquals(new byte[] {
            0x66, (byte) 0xEA, 0x11, 0x7E, 0x00, 0x00, 0x08, 0x00,
            0x66, (byte) 0xEA, 0x11, 0x7E, 0x00, 0x00, 0x00, 0x00,
            (byte) 0x90}, bytes);
    }
}
