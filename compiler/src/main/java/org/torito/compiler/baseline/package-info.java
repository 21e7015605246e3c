/**
 * The baseline compiler: bytecode to x86-64 machine code in one pass, one template per bytecode, with the
 * calling convention and frame layout defined once in {@link org.torito.compiler.baseline.Abi}. What a
 * method refers to outside itself (callees, statics, string literals) is left as relocations to
 * {@link org.torito.compiler.baseline.MethodReference}, {@link org.torito.compiler.baseline.StaticFieldReference}
 * and {@link org.torito.compiler.baseline.StringConstant}, for the image writer (or, later, the run-time code
 * installer) to resolve. Checks that cannot fail are left out, as {@link org.torito.compiler.baseline.OperandFacts}
 * proves from where each operand comes. Uses the assembler, {@code vm} and ASM; runs on the host and, later, on the target.
 */
package org.torito.compiler.baseline;
