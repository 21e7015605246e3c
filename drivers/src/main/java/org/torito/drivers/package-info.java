/**
 * Device drivers: 16550 UART, PCI, ACPI/MP tables, virtio transports and devices.
 *
 * <p>Uses {@code kernel}, {@code vm}. Runs on the target only. Nothing here yet.
 */
package org.torito.drivers;
