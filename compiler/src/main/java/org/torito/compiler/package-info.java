/**
 * The Torito compiler: the x86-64 assembler ({@code org.torito.compiler.asm}) and, in later packages, the
 * baseline compiler and {@code invokedynamic} desugaring.
 *
 * <p>Uses {@code org.torito.vm} and the JDK. Runs on the host at image build time and on the target at run
 * time, so it keeps to what the image supports.
 */
package org.torito.compiler;
