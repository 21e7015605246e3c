/**
 * The Torito VM: unboxed {@code Address}/{@code Word} and {@code Magic} intrinsics, the object model, the type
 * system, class loading and linking, runtime entry points, the garbage collector and the JDK substitutions.
 *
 * <p>Uses only the JDK and ASM. Runs on the target and, for tests, on the host; it therefore avoids host-only
 * APIs (no {@code java.nio.file}, reflection or host properties in static initializers). The layer below every
 * other module: it declares small interfaces for services it needs from above (scheduler, JIT) and the image
 * writer wires their implementations in.
 */
package org.torito.vm;
