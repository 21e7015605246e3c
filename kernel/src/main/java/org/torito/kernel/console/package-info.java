/**
 * The early serial console (16550 on COM1, polled) and the program-output / kernel-log split on it.
 * Uses {@code vm.Magic} and {@code vm.object}. Target only.
 */
package org.torito.kernel.console;
