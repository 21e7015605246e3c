package org.torito.bootimage.bios;

import static org.torito.compiler.asm.Gpr.AH;
import static org.torito.compiler.asm.Gpr.AL;
import static org.torito.compiler.asm.Gpr.BL;
import static org.torito.compiler.asm.Gpr.BX;
import static org.torito.compiler.asm.Gpr.CX;
import static org.torito.compiler.asm.Gpr.DX;
import static org.torito.compiler.asm.Gpr.SI;

import java.nio.charset.StandardCharsets;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mem;

/**
 * How the MBR and the loader give up: print a message and halt, in real mode (16-bit code).
 *
 * <p>A failure site is {@code call die} followed by the message bytes, NUL-terminated ({@link #fail}); the
 * routine pops the return address, which is the message's address, so a failure site is one instruction with
 * its text in place, needing neither a label nor a register for the string. The whole message goes first to
 * COM1 (port 0x3F8), each byte after waiting for the transmitter holding register to empty (line status bit 5)
 * for a bounded number of polls, so a machine without a UART does not hang here; then to the screen through
 * INT 10h AH=0Eh (teletype output, page 0). Then interrupts off and {@code hlt}, forever. Messages start with
 * "torito: " and end with CR LF.
 *
 * <p>Line by line, not byte by byte, because a BIOS may copy the screen to COM1 itself: SeaBIOS does when
 * QEMU runs with {@code -nographic} and no VGA (its "sercon", enabled through fw_cfg), and it sends the last
 * bytes lazily, so they never appear once the CPU halts. Interleaved, the two copies garble each other
 * ("ttoorriittoo"); in sequence, COM1 carries one whole line, possibly followed by the BIOS's partial copy.
 * The UART is not programmed: QEMU's 16550 sends at any setting and firmware that owns a serial console has
 * set it up.
 *
 * <p>Needs DS = 0 and CS = 0 (the return address is an offset from CS, read through DS), which both the MBR
 * and the loader establish first.
 */
final class FatalMessage {
    static final int COM1 = 0x3F8;
    /** Line status register (16550): bit 5, transmitter holding register empty. */
    static final int COM1_LINE_STATUS = COM1 + 5;
    static final int LINE_STATUS_THR_EMPTY = 0x20;
    private static final int THR_POLLS = 0xFFFF;
    private static final int VIDEO_TELETYPE = 0x0E;
    private static final int PAGE_0_LIGHT_GRAY = 0x0007;

    private FatalMessage() {
    }

    /** {@code call die} followed by "torito: {@code message}\r\n\0". */
    static void fail(Assembler a, Label die, String message) {
        a.call(die);
        a.data(("torito: " + message + "\r\n\0").getBytes(StandardCharsets.US_ASCII));
    }

    /** The routine {@code die}: prints the string after its caller's {@code call} and halts. */
    static void emitRoutine(Assembler a, Label die) {
        Label serialNext = new Label("die.serialNext");
        Label poll = new Label("die.poll");
        Label send = new Label("die.send");
        Label screen = new Label("die.screen");
        Label screenNext = new Label("die.screenNext");
        Label halt = new Label("die.halt");

        a.bind(die);
        a.pop(SI);                             // the return address: the message
        a.push(SI);
        a.bind(serialNext);                    // COM1
        a.mov(BL, Mem.of(8, SI, 0));
        a.inc(SI);
        a.test(BL, BL);
        a.jcc(Cond.Z, screen);
        a.mov(DX, COM1_LINE_STATUS);
        a.mov(CX, THR_POLLS);
        a.bind(poll);
        a.in(AL, DX);
        a.test(AL, LINE_STATUS_THR_EMPTY);
        a.jcc(Cond.NZ, send);
        a.dec(CX);
        a.jcc(Cond.NZ, poll);
        a.bind(send);
        a.mov(DX, COM1);
        a.mov(AL, BL);
        a.out(DX, AL);
        a.jmp(serialNext);

        a.bind(screen);                        // then the screen
        a.pop(SI);
        a.bind(screenNext);
        a.mov(AL, Mem.of(8, SI, 0));
        a.inc(SI);
        a.test(AL, AL);
        a.jcc(Cond.Z, halt);
        a.push(SI);
        a.mov(AH, VIDEO_TELETYPE);
        a.mov(BX, PAGE_0_LIGHT_GRAY);
        a.intN(0x10);
        a.pop(SI);
        a.jmp(screenNext);
        a.bind(halt);
        a.cli();
        a.hlt();
        a.jmp(halt);
    }
}
