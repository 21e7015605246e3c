package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;

/** Two-pass assembly for 16-bit code that addresses its own labels. */
class AbsoluteLabelsTest {
    private static final long ORIGIN = 0x7E00;

    @Test
    void assemble_labelAfterTheCode_isAddressedAtOriginPlusOffset() {
        MachineCode code = AbsoluteLabels.assemble(Mode.BITS16, ORIGIN, (a, at) -> {
            Label data = new Label("data");
            a.mov(Gpr.AX, Mem.abs(16, at.of(data)));   // a1 lo hi
            a.mov(Gpr.SI, at.of(data));                // be lo hi
            a.bind(data);
            a.data16(0x1234);
        });

        // data is at offset 6: 0x7E06
        assertArrayEquals(new byte[] {(byte) 0xA1, 0x06, 0x7E, (byte) 0xBE, 0x06, 0x7E, 0x34, 0x12}, code.bytes());
    }

    @Test
    void assemble_formDependsOnTheAddress_throws() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AbsoluteLabels.assemble(Mode.BITS16, ORIGIN, (a, at) -> {
                    Label data = new Label("data");
                    a.add(Gpr.BX, at.of(data) - ORIGIN); // 0 in pass 1: imm8; 203 in pass 2: imm16
                    a.data(new byte[200]);
                    a.bind(data);
                }));

        assertTrue(e.getMessage().contains("took a shorter form for a small value"), e.getMessage());
    }

    @Test
    void of_twoLabelsWithOneName_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AbsoluteLabels.assemble(Mode.BITS16, ORIGIN, (a, at) -> {
                    at.of(new Label("twin"));
                    at.of(new Label("twin"));
                }));

        assertTrue(e.getMessage().startsWith("two labels are named twin"), e.getMessage());
    }
}
