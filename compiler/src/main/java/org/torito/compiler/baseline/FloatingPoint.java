package org.torito.compiler.baseline;

import static org.torito.compiler.asm.Gpr.AL;
import static org.torito.compiler.asm.Gpr.CL;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.RAX;
import static org.torito.compiler.asm.Gpr.RSP;
import static org.torito.compiler.asm.Xmm.XMM0;
import static org.torito.compiler.asm.Xmm.XMM1;

import org.objectweb.asm.Opcodes;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Ref;

/**
 * Templates for float and double arithmetic, compares and conversions (SSE2), with the exact Java rules:
 * NaN compares (fcmpl/fcmpg), +-0.0, f2i/d2l saturation, frem/drem (JVMS §6.5). Floats and doubles travel on
 * the operand stack and in rax as their raw bits, like ints and longs ({@link Abi}): a float in the low 32 bits
 * of its slot, a double in the top slot of its two. Templates work on those slots in memory (SSE instructions
 * take memory operands) and leave nothing in a register.
 *
 * <h2>What x86 gives and what the JVMS asks</h2>
 * <ul>
 * <li>Arithmetic: the scalar {@code ss}/{@code sd} instructions round every result to float or double, to
 * nearest, with gradual underflow: exactly Java's IEEE 754 arithmetic (JVMS §2.8; every method is strict since
 * Java 17). This holds for the MXCSR state after reset (0x1F80: round to nearest, exceptions masked so they
 * give NaN and infinities instead of traps, no flush-to-zero or denormals-are-zero), which nothing changes.
 * <li>Negation flips the sign bit: {@code 0 - x} would give +0.0 for +0.0, not -0.0 (JVMS fneg).
 * <li>Compares use {@code ucomiss}/{@code ucomisd}, which report NaN as "unordered" (ZF, PF and CF all set)
 * without trapping, and treat +0.0 and -0.0 as equal, as Java does.
 * <li>To integer: {@code cvtt*2si} truncates toward zero as Java does, but answers NaN and every value out of
 * range with the "integer indefinite" MIN_VALUE (SDM Vol. 2, CVTTSS2SI), where Java wants 0 for NaN and
 * MAX_VALUE above the range; that one answer is checked and fixed.
 * <li>From integer and between float and double: {@code cvtsi2*}, {@code cvtss2sd} and {@code cvtsd2ss} round
 * to nearest (widening is exact), as i2f, l2f, l2d and d2f require; {@code cvtsi2ss} from a 64-bit integer
 * rounds once, with no intermediate double.
 * <li>Remainder: SSE has none, and Java's is C's {@code fmod}, not IEEE 754's remainder; it is a call to
 * {@code org.torito.vm.runtime.FloatRemainder}.
 * </ul>
 */
final class FloatingPoint {
    /** Bytes of a float (one slot) or a double (two slots) on the operand stack. */
    private static final int FLOAT_BYTES = Abi.SLOT_BYTES;
    private static final int DOUBLE_BYTES = 2 * Abi.SLOT_BYTES;

    /**
     * The exact {@code fmod} of two doubles, taking and returning their bits: {@code (JJ)J} has the slots and
     * result register of {@code (DD)D} (see {@link Abi}), so the call needs no conversion.
     */
    static final MethodReference DREM = new MethodReference("org/torito/vm/runtime/FloatRemainder", "dremBits",
            "(JJ)J");

    private FloatingPoint() {
    }

    /** Emits the template for {@code opcode}; false if it is not a floating-point bytecode compiled here. */
    static boolean emit(Assembler a, int opcode) {
        return emit(a, opcode, (target, consumed) -> a.call(target));
    }

    /** As {@link #emit(Assembler, int)}, emitting calls through {@code calls} so they get GC maps. */
    static boolean emit(Assembler a, int opcode, Calls calls) {
        switch (opcode) {
            case Opcodes.FADD -> floatOp(a, "addss");
            case Opcodes.DADD -> doubleOp(a, "addsd");
            case Opcodes.FSUB -> floatOp(a, "subss");
            case Opcodes.DSUB -> doubleOp(a, "subsd");
            case Opcodes.FMUL -> floatOp(a, "mulss");
            case Opcodes.DMUL -> doubleOp(a, "mulsd");
            case Opcodes.FDIV -> floatOp(a, "divss");
            case Opcodes.DDIV -> doubleOp(a, "divsd");
            case Opcodes.FREM -> emitFrem(a, calls);
            case Opcodes.DREM -> emitDrem(a, calls);
            case Opcodes.FNEG -> flipSign(a, Float.BYTES - 1);
            case Opcodes.DNEG -> flipSign(a, Double.BYTES - 1);
            case Opcodes.I2F -> emitI2f(a);
            case Opcodes.I2D -> emitI2d(a);
            case Opcodes.L2F -> emitL2f(a);
            case Opcodes.L2D -> emitL2d(a);
            case Opcodes.F2I -> toInteger(a, false, false);
            case Opcodes.F2L -> toInteger(a, false, true);
            case Opcodes.F2D -> emitF2d(a);
            case Opcodes.D2I -> toInteger(a, true, false);
            case Opcodes.D2L -> toInteger(a, true, true);
            case Opcodes.D2F -> emitD2f(a);
            case Opcodes.FCMPL -> compare(a, false, false);
            case Opcodes.FCMPG -> compare(a, false, true);
            case Opcodes.DCMPL -> compare(a, true, false);
            case Opcodes.DCMPG -> compare(a, true, true);
            default -> {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------
    // Arithmetic
    // ------------------------------------------------------------------------------------------------

    /** ..., a, b -> ..., a op b (float). JVMS fadd etc.: rounded to float, which the ss forms do. */
    private static void floatOp(Assembler a, String mnemonic) {
        a.movss(XMM0, Mem.dword(RSP, FLOAT_BYTES));
        a.emit(mnemonic, XMM0, Mem.dword(RSP));
        a.add(RSP, FLOAT_BYTES);
        a.movss(Mem.dword(RSP), XMM0);
    }

    /** ..., a, b -> ..., a op b (double): a's value slot lies under b's two slots. */
    private static void doubleOp(Assembler a, String mnemonic) {
        a.movsd(XMM0, Mem.qword(RSP, DOUBLE_BYTES));
        a.emit(mnemonic, XMM0, Mem.qword(RSP));
        a.add(RSP, DOUBLE_BYTES);
        a.movsd(Mem.qword(RSP), XMM0);
    }

    /**
     * ..., a, b -> ..., a % b (double). JVMS drem: truncating remainder, the dividend's sign. The two doubles
     * already lie as the arguments of {@link #DREM}, which pops them.
     */
    private static void emitDrem(Assembler a, Calls calls) {
        calls.call(Ref.to(DREM), 4); // both doubles are the arguments
        Abi.pushLong(a, RAX);
    }

    /**
     * ..., a, b -> ..., a % b (float). JVMS frem, through the double remainder: widening is exact, and the
     * remainder of two floats is itself a float (smaller than b, a multiple of the smaller unit in the last
     * place of a and b), so narrowing it is exact too.
     */
    private static void emitFrem(Assembler a, Calls calls) {
        a.emit("cvtss2sd", XMM0, Mem.dword(RSP, FLOAT_BYTES));
        a.emit("cvtss2sd", XMM1, Mem.dword(RSP));
        a.sub(RSP, 2 * DOUBLE_BYTES - 2 * FLOAT_BYTES); // two doubles need two slots more; padding is free
        a.movsd(Mem.qword(RSP, DOUBLE_BYTES), XMM0);
        a.movsd(Mem.qword(RSP), XMM1);
        calls.call(Ref.to(DREM), 2); // both floats became the (wider) arguments
        a.movq(XMM0, RAX);
        a.emit("cvtsd2ss", XMM0, XMM0);
        a.movd(EAX, XMM0);
        a.push(RAX);
    }

    /**
     * ..., value -> ..., -value. JVMS fneg/dneg: the sign bit flips, also for zeros (+0.0 to -0.0) and NaN.
     * It is bit 7 of the value's most significant byte, {@code signByte} bytes into the (little-endian) slot.
     */
    private static void flipSign(Assembler a, int signByte) {
        a.xor(Mem.byte_(RSP, signByte), 0x80);
    }

    // ------------------------------------------------------------------------------------------------
    // Conversions
    // ------------------------------------------------------------------------------------------------

    /** ..., int -> ..., float. JVMS i2f: rounded to nearest. */
    private static void emitI2f(Assembler a) {
        a.emit("cvtsi2ss", XMM0, Mem.dword(RSP));
        a.movss(Mem.dword(RSP), XMM0);
    }

    /** ..., int -> ..., double (exact); the int's slot becomes the padding. */
    private static void emitI2d(Assembler a) {
        a.emit("cvtsi2sd", XMM0, Mem.dword(RSP));
        a.sub(RSP, Abi.SLOT_BYTES);
        a.movsd(Mem.qword(RSP), XMM0);
    }

    /** ..., long -> ..., float. JVMS l2f: rounded to nearest, once. */
    private static void emitL2f(Assembler a) {
        a.emit("cvtsi2ss", XMM0, Mem.qword(RSP));
        a.add(RSP, Abi.SLOT_BYTES);
        a.movss(Mem.dword(RSP), XMM0);
    }

    /** ..., long -> ..., double. JVMS l2d: rounded to nearest; the padding slot stays. */
    private static void emitL2d(Assembler a) {
        a.emit("cvtsi2sd", XMM0, Mem.qword(RSP));
        a.movsd(Mem.qword(RSP), XMM0);
    }

    /** ..., float -> ..., double (exact); the float's slot becomes the padding. */
    private static void emitF2d(Assembler a) {
        a.emit("cvtss2sd", XMM0, Mem.dword(RSP));
        a.sub(RSP, Abi.SLOT_BYTES);
        a.movsd(Mem.qword(RSP), XMM0);
    }

    /** ..., double -> ..., float. JVMS d2f: rounded to nearest, to infinity beyond the float range. */
    private static void emitD2f(Assembler a) {
        a.emit("cvtsd2ss", XMM0, Mem.qword(RSP));
        a.add(RSP, Abi.SLOT_BYTES);
        a.movss(Mem.dword(RSP), XMM0);
    }

    /**
     * ..., value -> ..., int or long. JVMS f2i, f2l, d2i, d2l: rounded toward zero; NaN gives 0; values beyond
     * the range give MIN_VALUE or MAX_VALUE. {@code cvtt*2si} does the rounding but answers MIN_VALUE for
     * every NaN and out-of-range value; that answer is right for MIN_VALUE itself and below, and is fixed for
     * NaN (0) and for positive values (MAX_VALUE).
     */
    private static void toInteger(Assembler a, boolean fromDouble, boolean toLong) {
        Label done = new Label();
        Label nan = new Label();
        Gpr result = toLong ? RAX : EAX;
        Mem value = fromDouble ? Mem.qword(RSP) : Mem.dword(RSP);
        a.emit(fromDouble ? "cvttsd2si" : "cvttss2si", result, value);
        a.cmp(result, 1);
        a.jcc(Cond.NO, done); // result - 1 overflows only for MIN_VALUE: every other answer is final
        a.emit(fromDouble ? "movsd" : "movss", XMM0, value);
        a.emit("xorps", XMM1, XMM1);
        a.emit(fromDouble ? "ucomisd" : "ucomiss", XMM0, XMM1);
        a.jcc(Cond.P, nan);
        a.jcc(Cond.B, done); // below zero: MIN_VALUE stands
        if (toLong) {
            a.movabs(RAX, Long.MAX_VALUE);
        } else {
            a.mov(EAX, Integer.MAX_VALUE);
        }
        a.jmp(done);
        a.bind(nan);
        a.xor(EAX, EAX); // clears all of rax
        a.bind(done);
        if (fromDouble && !toLong) {
            a.add(RSP, Abi.SLOT_BYTES); // d2i: the int takes the place of the double's padding slot
        }
        if (toLong && !fromDouble) {
            a.push(RAX); // f2l: the float's slot becomes the long's padding
        } else {
            a.mov(Mem.of(toLong ? 64 : 32, RSP, 0), result);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Compares
    // ------------------------------------------------------------------------------------------------

    /**
     * ..., a, b -> ..., int. JVMS fcmpl, fcmpg, dcmpl, dcmpg: 1 if a > b, 0 if a == b (also +0.0 == -0.0),
     * -1 if a < b; if either is NaN, -1 for the l forms and 1 for the g forms. After {@code ucomis x, y},
     * "above" (CF and ZF clear) means x > y and is false for NaN; "below" (CF set) means x < y and is true for
     * NaN. So the l forms compute above - below on (a, b), and the g forms below - above on (b, a).
     */
    private static void compare(Assembler a, boolean isDouble, boolean nanIsOne) {
        int operandBytes = isDouble ? DOUBLE_BYTES : FLOAT_BYTES;
        int bits = isDouble ? 64 : 32;
        Mem first = Mem.of(bits, RSP, operandBytes);
        Mem second = Mem.of(bits, RSP, 0);
        a.emit(isDouble ? "movsd" : "movss", XMM0, nanIsOne ? second : first);
        a.emit(isDouble ? "ucomisd" : "ucomiss", XMM0, nanIsOne ? first : second);
        a.setcc(nanIsOne ? Cond.B : Cond.A, AL);
        a.setcc(nanIsOne ? Cond.A : Cond.B, CL);
        a.movzx(EAX, AL);
        a.movzx(ECX, CL);
        a.sub(EAX, ECX);
        a.add(RSP, 2 * operandBytes - Abi.SLOT_BYTES);
        a.mov(Mem.dword(RSP), EAX);
    }
}
