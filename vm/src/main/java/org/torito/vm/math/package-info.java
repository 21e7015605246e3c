/**
 * The elementary functions {@code java.lang.StrictMath} computes natively in the JDK, written in Java after
 * fdlibm's algorithms, which StrictMath's results are defined by (bit for bit). Each is checked against the
 * host's StrictMath by property tests. Uses only the JDK's {@code Double} bit conversions.
 */
package org.torito.vm.math;
