package org.torito.compiler.asm;

import java.util.List;

/**
 * The result of {@link Assembler#finish()}: the bytes, laid out for {@code origin}, and the relocations that
 * the linker still has to apply for {@link Ref} targets.
 */
public record MachineCode(byte[] bytes, long origin, List<Relocation> relocations) {
    public MachineCode {
        relocations = List.copyOf(relocations);
    }

    public int size() {
        return bytes.length;
    }
}
