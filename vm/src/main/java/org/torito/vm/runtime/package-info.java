/**
 * Runtime helpers that compiled code calls where one machine instruction cannot do what the JVMS asks
 * (today the {@code frem}/{@code drem} remainder). The baseline compiler emits the calls; the closed world
 * compiles a helper when the first call to it appears.
 *
 * <p>Uses nothing but the Java language: helpers run before the class library, objects, exceptions and class
 * initialization exist, so they are static methods on primitives, with no {@code Math}, natives, allocation or
 * string concatenation, and their classes have no static initializer. Runs on the target; every helper is
 * tested on the host against HotSpot.
 */
package org.torito.vm.runtime;
