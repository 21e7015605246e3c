package org.torito.compiler.asm;

/**
 * A position in the code being assembled. A label may be used before it is {@link Assembler#bind bound};
 * the uses are resolved when the assembler lays the code out in {@link Assembler#finish()}, which is also
 * when relative jumps to it are sized (short when the final distance fits in a byte, near otherwise).
 *
 * <p>After {@code finish()}, {@link #offset()} gives the label's byte offset from the start of the code.
 */
public final class Label implements Operand {
    private static int counter;

    private final String name;
    /** Fragment the label is bound in, or -1 while unbound. Owned by the assembler. */
    int fragment = -1;
    /** Byte offset inside that fragment's fixed bytes. */
    int offsetInFragment;
    /** Final offset from the start of the code, set by layout; -1 before. */
    long offset = -1;
    /** The first instruction that used the label, for the "never bound" error (rendered only then). */
    java.util.function.Supplier<String> firstUse;

    public Label() {
        this("L" + nextId());
    }

    public Label(String name) {
        this.name = name;
    }

    private static synchronized int nextId() {
        return counter++;
    }

    public boolean isBound() {
        return fragment >= 0;
    }

    /** The label's offset from the start of the code, known once the code is finished. */
    public long offset() {
        if (offset < 0) {
            throw new IllegalStateException("label " + name + " has no offset yet: the code is not finished"
                    + (isBound() ? "" : " and the label is not bound"));
        }
        return offset;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
