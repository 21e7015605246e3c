/**
 * Integration tests: boot images under QEMU, differential tests against HotSpot, network and GDB tests, and
 * benchmarks (run on demand, never as timed tests). Host only.
 */
package org.torito.test;
