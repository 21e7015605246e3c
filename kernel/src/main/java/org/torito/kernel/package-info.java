/**
 * The Torito kernel: boot after the trampoline, CPU setup, physical memory and paging, the per-core
 * scheduler, timers, idle, interrupts, the network stack, the ramdisk, the GDB stub and the panic handler.
 *
 * <p>Uses {@code vm} and {@code compiler}. Runs on the target only. Nothing here yet: the first-boot issue
 * brings the boot entry and the serial console.
 */
package org.torito.kernel;
