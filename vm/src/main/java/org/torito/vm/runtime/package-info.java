/**
 * The runtime entry points compiled code calls: allocation, type checks, interface dispatch and the traps
 * for failed JVM checks. Written in Java with {@link org.torito.vm.Magic}; compiled into every image.
 * Uses {@code vm.object}. Runs on the target; the kernel wires its services in by substitution.
 */
package org.torito.vm.runtime;
