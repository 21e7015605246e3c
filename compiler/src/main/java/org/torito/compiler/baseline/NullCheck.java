package org.torito.compiler.baseline;

/**
 * A null check the compiler emitted, as a run-time trap finds it: a call to {@code Traps.nullPointer} (or to
 * {@code TypeChecks.interfaceMethod}, which checks the receiver of an {@code invokeinterface}) whose return
 * address identifies the site. The image writer words HotSpot's helpful message (JEP 358) for it from the
 * bytecode instruction.
 *
 * @param returnOffset machine-code offset of the trap call's return address, from the method's start
 * @param bci the bytecode offset of the instruction whose reference operand is checked (for code desugared
 *            from {@code invokedynamic}, the offset of that instruction)
 */
public record NullCheck(int returnOffset, int bci) {
}
