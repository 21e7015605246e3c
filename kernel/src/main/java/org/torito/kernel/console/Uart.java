package org.torito.kernel.console;

import org.torito.vm.Magic;

/**
 * The 16550 UART at COM1, polled: the console from the first Java instruction on, before interrupts exist.
 * Register offsets from the 16550 data sheet (PC16550D, "Register Addresses"). The full driver with
 * interrupts and more ports belongs in {@code drivers}; the kernel keeps this minimal one because it must
 * talk before any driver is up.
 */
public final class Uart {
    public static final int COM1 = 0x3F8;
    private static final int DATA = 0;            // THR/RBR, or divisor low byte when DLAB=1
    private static final int INTERRUPT_ENABLE = 1; // or divisor high byte when DLAB=1
    private static final int FIFO_CONTROL = 2;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;
    private static final int LINE_STATUS_THR_EMPTY = 0x20;
    private static final int LINE_CONTROL_DLAB = 0x80;
    private static final int LINE_CONTROL_8N1 = 0x03;
    /** 115200 baud: the divisor of the 1.8432 MHz clock / 16. */
    private static final int DIVISOR_115200 = 1;
    /** Bounded wait for the transmitter, so a missing UART cannot hang the kernel. */
    private static final int MAX_POLLS = 100_000;
    /** Bytes the transmit FIFO takes once the line status says it is empty (16550 with FIFOs on). */
    private static final int FIFO_BYTES = 16;

    /**
     * Bytes that can still go into the FIFO without asking the line status: each port access is a VM exit
     * under a hypervisor, so polling once per FIFO instead of once per byte halves the console's cost.
     */
    private static int fifoSpace;

    private Uart() {
    }

    /** 115200 baud, 8N1, FIFOs on, interrupts off. */
    public static void init(int port) {
        Magic.outByte(port + INTERRUPT_ENABLE, 0);
        Magic.outByte(port + LINE_CONTROL, LINE_CONTROL_DLAB);
        Magic.outByte(port + DATA, DIVISOR_115200);
        Magic.outByte(port + INTERRUPT_ENABLE, 0);
        Magic.outByte(port + LINE_CONTROL, LINE_CONTROL_8N1);
        Magic.outByte(port + FIFO_CONTROL, 0xC7); // enable and clear FIFOs, 14-byte threshold
        Magic.outByte(port + MODEM_CONTROL, 0x03); // DTR, RTS
    }

    /** Sends one byte, waiting (boundedly) until the transmitter can take it. */
    public static void write(int port, int value) {
        if (fifoSpace == 0) {
            for (int i = 0; i < MAX_POLLS; i++) {
                if ((Magic.inByte(port + LINE_STATUS) & LINE_STATUS_THR_EMPTY) != 0) {
                    break;
                }
            }
            fifoSpace = FIFO_BYTES;
        }
        fifoSpace--;
        Magic.outByte(port + DATA, value);
    }
}
