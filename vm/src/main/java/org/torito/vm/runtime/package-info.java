/**
 * The runtime entry points compiled code calls: allocation, type checks, interface dispatch, exceptions and
 * the traps for failed JVM checks, class initialization, identity hashes, the code map, and arithmetic the
 * processor does not do the Java way (frem/drem). Written in Java with {@link org.torito.vm.Magic}; compiled
 * into every image. Uses {@code vm.object}. Runs on the target; the kernel wires its services in by
 * substitution. Methods that also make sense on the host (FloatRemainder) are tested there.
 */
package org.torito.vm.runtime;
