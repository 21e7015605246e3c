package org.torito.compiler.baseline;

import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Mem;

/**
 * The calling convention and frame layout of compiled Java methods: the one place that defines them.
 *
 * <h2>Slots</h2>
 * Every JVM stack or local slot is 8 bytes. An int, a float or a reference takes one slot. A long or a double
 * takes two, as in the JVM, and its value lives in the <em>second</em> slot (the one pushed last, so
 * the value is on top of the stack); the first slot is padding whose contents do not matter. The JVM's
 * slot-wise instructions ({@code dup2}, {@code pop2}, …) therefore work unchanged. An int in a slot is
 * valid in its low 32 bits only.
 *
 * <h2>Calls</h2>
 * The caller pushes the arguments in order (receiver first, later), one or two slots each, and calls. The
 * callee pops them on return ({@code ret n}), and returns every kind of value in {@code rax}: floats and
 * doubles as their raw bits, as they travel on the operand stack, so calls never move values between
 * register files. The caller then pushes the result.
 *
 * <h2>Frame</h2>
 * <pre>
 *   rbp + 16 + 8*(argSlots-1-k)  argument slot k (as pushed by the caller)
 *   rbp + 8                      return address
 *   rbp + 0                      caller's rbp (the frame chain that stack walks follow)
 *   rbp - 8*(j+1)                local slot j (arguments are copied into the first locals)
 *   below                        the operand stack, grown with push and pop
 * </pre>
 *
 * <h2>Registers</h2>
 * {@code rax}, {@code rcx}, {@code rdx}, {@code rsi}, {@code rdi}, {@code r8}-{@code r11} are scratch within a
 * bytecode template; nothing lives in a register across bytecodes. {@code r15} is reserved for the per-CPU
 * block (set by the trampoline; see the kernel), {@code rbp} and {@code rsp} as above.
 */
public final class Abi {
    public static final int SLOT_BYTES = 8;
    /** Bytes between rbp and the last argument slot: saved rbp and return address. */
    public static final int ARGUMENTS_OFFSET = 16;
    public static final Gpr FRAME_POINTER = Gpr.RBP;
    public static final Gpr STACK_POINTER = Gpr.RSP;
    public static final Gpr PER_CPU = Gpr.R15;
    public static final Gpr RESULT = Gpr.RAX;

    private Abi() {
    }

    /** Local slot {@code slot} in the current frame, as a {@code bits}-wide operand. */
    public static Mem local(int slot, int bits) {
        return Mem.of(bits, FRAME_POINTER, -(long) SLOT_BYTES * (slot + 1));
    }

    /** ..., long -> ... : pops a long's value into {@code reg} and drops its padding slot. */
    public static void popLong(Assembler a, Gpr reg) {
        a.pop(reg);
        a.add(STACK_POINTER, SLOT_BYTES);
    }

    /** ... -> ..., long : pushes {@code reg} as a long (a padding slot, then the value). */
    public static void pushLong(Assembler a, Gpr reg) {
        a.push(0);
        a.push(reg);
    }

    /** Argument slot {@code slot} of {@code argSlots}, as pushed by the caller. */
    public static Mem argument(int slot, int argSlots, int bits) {
        return Mem.of(bits, FRAME_POINTER, ARGUMENTS_OFFSET + (long) SLOT_BYTES * (argSlots - 1 - slot));
    }
}
