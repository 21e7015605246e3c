package org.torito.compiler.asm;

/**
 * How a form's operands map onto the instruction bytes: the "Op/En" column of the Intel manual
 * (SDM Vol. 2A §3.1.1.2, §2.1). Immediates always follow, in operand order.
 */
enum Encoding {
    /** Opcode only; operands (if any) are implicit, like {@code in al, dx}. */
    ZO,
    /** Register added to the low three bits of the last opcode byte: {@code push r64}, {@code mov r32, imm32}. */
    O,
    /** ModRM with {@code /digit} in reg and the first non-implicit operand in r/m. */
    M,
    /** ModRM: operand 0 in r/m, operand 1 in reg. */
    MR,
    /** ModRM: operand 0 in reg, operand 1 in r/m (and an immediate third operand for {@code imul}). */
    RM,
    /** Opcode and immediate, like {@code push imm}, {@code int imm8}, {@code add eax, imm32}. */
    I,
    /** A relative branch target (rel16/rel32) after the opcode. */
    D,
    /** {@code mov al/ax/eax, moffs}: the absolute address after the opcode. */
    FD,
    /** {@code mov moffs, al/ax/eax}. */
    TD,
    /** {@code jmp ptr16:16/ptr16:32}: offset, then selector. */
    FAR
}
