package org.torito.compiler.asm;

/**
 * A reference to something outside the code being assembled — another method's code, a static field, an
 * object in the image heap. The assembler leaves its address to the linker (the image writer, or the JIT's
 * code installer) and records a {@link Relocation} for it.
 *
 * @param target what is referred to; the linker knows how to place it (compared by identity)
 * @param addend bytes added to the target's address
 */
public record Ref(Object target, long addend) implements Operand {
    public static Ref to(Object target) {
        return new Ref(target, 0);
    }

    @Override
    public String toString() {
        return "<" + target + (addend == 0 ? "" : addend > 0 ? "+" + addend : String.valueOf(addend)) + ">";
    }
}
