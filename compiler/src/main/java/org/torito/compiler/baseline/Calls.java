package org.torito.compiler.baseline;

import org.torito.compiler.asm.Operand;

/**
 * How templates emit calls: the compiler records each one as a GC map site ({@link ReferenceMap}).
 * {@code slotsConsumed} is how many slots at the top of the bytecode's operand stack are no longer on the
 * machine stack as live values when the call is made (popped into registers, or passed as the callee's
 * arguments); the slots below them stay in the caller's frame during the call.
 */
@FunctionalInterface
interface Calls {
    void call(Operand target, int slotsConsumed);
}
