/**
 * Desugaring of {@code invokedynamic} into plain bytecode before compilation (ARCHITECTURE.md §3, step 3):
 * string concatenation in line ({@link org.torito.compiler.desugar.StringConcat}); lambdas and method
 * references ({@link org.torito.compiler.desugar.Lambdas}) and records' {@code ObjectMethods}
 * ({@link org.torito.compiler.desugar.RecordMethods}) as generated classes handed to
 * {@link org.torito.compiler.desugar.GeneratedClasses}. {@link org.torito.compiler.desugar.Invokedynamics} is
 * the one entry the compiler calls. Serializable lambdas are desugared as plain ones that implement
 * Serializable (the image has no object serialization). Other bootstraps (pattern switches, custom ones) stay
 * unsupported bytecode. Runs on the host at build time and on the target for classes loaded at run time.
 * Uses ASM.
 */
package org.torito.compiler.desugar;
