package org.torito.compiler.asm;

/**
 * A field of an encoded instruction or datum whose value depends on where things end up: a label's address
 * (resolved by the assembler's layout) or a {@link Ref} (left to the linker as a {@link Relocation}).
 *
 * @param fieldOffset offset of the field from the start of the instruction
 * @param sizeBytes 1, 2, 4 or 8
 * @param pcRelative the value is relative to the end of the instruction ({@code anchor})
 * @param anchor offset of the instruction's end from its start: where PC-relative values count from
 * @param label the target when it is a label in this code, else null
 * @param ref the target when it is outside this code, else null
 * @param signExtended the processor sign-extends the field (decides ABS32 vs ABS32S, and range checks)
 * @param description the instruction, for error messages; rendered only when one is needed (rendering every
 *                    instruction eagerly was a quarter of the compiler's time)
 */
record Fixup(int fieldOffset, int sizeBytes, boolean pcRelative, int anchor, Label label, Ref ref,
             boolean signExtended, java.util.function.Supplier<String> description) {

    Fixup at(int newFieldOffset, int newAnchor) {
        return new Fixup(newFieldOffset, sizeBytes, pcRelative, newAnchor, label, ref, signExtended, description);
    }

    Relocation.Kind relocationKind() {
        if (pcRelative) {
            return Relocation.Kind.PC32;
        }
        return sizeBytes == 8 ? Relocation.Kind.ABS64 : signExtended ? Relocation.Kind.ABS32S : Relocation.Kind.ABS32;
    }
}
