/**
 * The garbage collector on a booted image: programs that need a collector to finish in a 128 MiB machine,
 * each compared with HotSpot, most with the heap verifier on ({@code gc.verify}); a soak test of the heap's
 * bound over a minute of allocation; the collector's benchmark against HotSpot's serial collector.
 */
package org.torito.test.gc;
