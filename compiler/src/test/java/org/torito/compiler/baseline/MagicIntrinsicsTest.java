package org.torito.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Mode;

class MagicIntrinsicsTest {
    /** A float or double already sits in its slots as its bits (Abi): reading them takes no instruction. */
    @ParameterizedTest
    @CsvSource({"floatToRawIntBits, (F)I", "doubleToRawLongBits, (D)J"})
    void emit_bitsOfFloatOrDouble_emitsNothing(String name, String descriptor) {
        Assembler a = new Assembler(Mode.BITS64);

        boolean known = MagicIntrinsics.emit(a, name, descriptor);

        assertTrue(known);
        assertEquals(0, a.finish().size());
    }

    @Test
    void emit_unknownMethod_isRefused() {
        Assembler a = new Assembler(Mode.BITS64);

        boolean known = MagicIntrinsics.emit(a, "floatToRawIntBits", "(D)I");

        assertFalse(known);
    }
}
