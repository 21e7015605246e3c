package org.torito.bootimage.image;

/**
 * Where instrumented code last was: {@link NullPointerMessagesTest} stores into these fields just before each
 * instruction that can throw NullPointerException, so after one is thrown they name that instruction.
 */
public final class NullPointerProbe {
    /** {@code owner name descriptor} of the method (owner as an internal name). */
    public static String method;
    /** The instruction's index among the method's instructions, in bytecode order. */
    public static int instruction;

    private NullPointerProbe() {
    }
}
