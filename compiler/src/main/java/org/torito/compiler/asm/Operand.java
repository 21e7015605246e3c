package org.torito.compiler.asm;

/**
 * An instruction operand. {@link #toString()} gives the operand in the Intel syntax of GNU as, which error
 * messages and the tests that compare encodings with GNU as both use.
 */
public sealed interface Operand permits Gpr, Xmm, SegmentRegister, ControlRegister, Mem, Imm, Label, Ref,
        FarPointer {
}
