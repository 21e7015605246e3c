/**
 * The Torito kernel: boot after the trampoline, CPU setup, physical memory and paging, the per-core
 * scheduler, timers, idle, interrupts, the network stack, the ramdisk, the GDB stub and the panic handler.
 *
 * <p>Uses {@code vm} and {@code compiler}. Runs on the target only. So far: the boot sequence
 * ({@link org.torito.kernel.Boot}), the serial console, time (TSC and RTC), panics, and the JDK's view of the
 * machine's I/O ({@code kernel.io}: file descriptors, the standard streams, an empty file system;
 * {@code kernel.net}: what name resolution needs until the network stack lands).
 */
package org.torito.kernel;
