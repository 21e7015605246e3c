/**
 * Desugaring of {@code invokedynamic} into plain bytecode before compilation (ARCHITECTURE.md §3, step 3):
 * string concatenation so far; lambdas, records' ObjectMethods and switch bootstraps follow. Runs on the
 * host at build time and on the target for classes loaded at run time. Uses ASM's tree API.
 */
package org.torito.compiler.desugar;
