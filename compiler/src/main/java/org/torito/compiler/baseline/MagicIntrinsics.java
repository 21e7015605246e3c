package org.torito.compiler.baseline;

import static org.torito.compiler.asm.Gpr.AL;
import static org.torito.compiler.asm.Gpr.CL;
import static org.torito.compiler.asm.Gpr.CX;
import static org.torito.compiler.asm.Gpr.DX;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.RAX;
import static org.torito.compiler.asm.Gpr.RCX;
import static org.torito.compiler.asm.Gpr.RDI;
import static org.torito.compiler.asm.Gpr.RDX;
import static org.torito.compiler.asm.Gpr.RSI;
import static org.torito.compiler.asm.Gpr.RSP;

import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mem;

/**
 * The machine code for each {@link org.torito.vm.Magic} method. Arguments are on the operand stack as the
 * {@link Abi} lays them out (a long's value on top of its padding slot), results are pushed the same way.
 */
final class MagicIntrinsics {
    static final String OWNER = "org/torito/vm/Magic";

    private MagicIntrinsics() {
    }

    /** Emits {@code Magic.name desc}; false if there is no such intrinsic. */
    static boolean emit(Assembler a, String name, String desc) {
        return emit(a, name, desc, (target, consumed) -> a.call(target));
    }

    /** As {@link #emit(Assembler, String, String)}, emitting calls through {@code calls} so they get GC maps. */
    static boolean emit(Assembler a, String name, String desc, Calls calls) {
        switch (name + desc) {
            case "outByte(II)V" -> { // ..., port, value -> ...
                a.pop(RAX);
                a.pop(RDX);
                a.out(DX, AL);
            }
            case "outInt(II)V" -> {
                a.pop(RAX);
                a.pop(RDX);
                a.out(DX, EAX);
            }
            case "inByte(I)I" -> { // ..., port -> ..., value
                a.pop(RDX);
                a.xor(EAX, EAX);
                a.in(AL, DX);
                a.push(RAX);
            }
            case "loadByte(J)B" -> load(a, "movsx", 8);
            case "loadChar(J)C" -> load(a, "movzx", 16);
            case "loadInt(J)I" -> load(a, "mov", 32);
            case "loadLong(J)J" -> { // ..., address -> ..., value
                Abi.popLong(a, RAX);
                a.push(0);
                a.push(Mem.qword(RAX));
            }
            case "storeByte(JB)V" -> { // ..., address, value -> ...
                a.pop(RCX);
                Abi.popLong(a, RAX);
                a.mov(Mem.of(8, RAX, 0), CL);
            }
            case "storeInt(JI)V" -> {
                a.pop(RCX);
                Abi.popLong(a, RAX);
                a.mov(Mem.dword(RAX), ECX);
            }
            case "storeLong(JJ)V" -> {
                Abi.popLong(a, RCX);
                Abi.popLong(a, RAX);
                a.mov(Mem.qword(RAX), RCX);
            }
            case "compareAndExchangeInt(JII)I" -> { // ..., address, expected, value -> ..., witness
                a.pop(RCX);
                a.pop(RAX);
                Abi.popLong(a, RDX);
                a.lock();
                a.emit("cmpxchg", Mem.dword(RDX), ECX); // EAX: the value found, swapped or not
                a.push(RAX);
            }
            case "compareAndExchangeLong(JJJ)J" -> {
                Abi.popLong(a, RCX);
                Abi.popLong(a, RAX);
                Abi.popLong(a, RDX);
                a.lock();
                a.emit("cmpxchg", Mem.qword(RDX), RCX);
                Abi.pushLong(a, RAX);
            }
            case "storeChar(JC)V" -> {
                a.pop(RCX);
                Abi.popLong(a, RAX);
                a.mov(Mem.word(RAX, 0), CX);
            }
            case "fence()V" -> a.emit("mfence");
            case "objectAddress(Ljava/lang/Object;)J" -> { // ..., object -> ..., address
                a.pop(RAX);
                Abi.pushLong(a, RAX);
            }
            case "toObject(J)Ljava/lang/Object;" -> { // ..., address -> ..., object
                Abi.popLong(a, RAX);
                a.push(RAX);
            }
            case "zeroMemory(JJ)V" -> { // ..., address, bytes -> ...
                Abi.popLong(a, RCX);
                Abi.popLong(a, RDI);
                a.xor(EAX, EAX);
                a.emit("rep stosb");
            }
            case "moveMemory(JJJ)V" -> { // ..., to, from, bytes -> ...
                Label backwards = new Label();
                Label done = new Label();
                Abi.popLong(a, RCX);
                Abi.popLong(a, RSI);
                Abi.popLong(a, RDI);
                a.cmp(RDI, RSI);
                a.jcc(Cond.A, backwards);
                a.emit("rep movsb");
                a.jmp(done);
                a.bind(backwards); // overlapping with the destination above: copy from the last byte down
                a.lea(RSI, Mem.of(64, RSI, RCX, 1, -1));
                a.lea(RDI, Mem.of(64, RDI, RCX, 1, -1));
                a.emit("std");
                a.emit("rep movsb");
                a.emit("cld");
                a.bind(done);
            }
            case "returnAddress()J" -> { // ... -> ..., the current frame's return address
                a.mov(RAX, Mem.qword(Abi.FRAME_POINTER, 8));
                Abi.pushLong(a, RAX);
            }
            case "framePointer()J" -> {
                Abi.pushLong(a, Abi.FRAME_POINTER);
            }
            case "callAddress(J)V" -> {
                Abi.popLong(a, RAX);
                calls.call(RAX, 2);
            }
            case "resume(JJJLjava/lang/Object;)V" -> { // ..., address, stack, frame, value -> (elsewhere)
                a.pop(RAX);
                Abi.popLong(a, RDX);
                Abi.popLong(a, RCX);
                Abi.popLong(a, RDI);
                a.mov(Abi.FRAME_POINTER, RDX);
                a.mov(RSP, RCX);
                a.jmp(RDI);
            }
            case "readTimestampCounter()J" -> {
                a.rdtsc();
                a.shl(RDX, 32);
                a.or(RAX, RDX);
                Abi.pushLong(a, RAX);
            }
            case "floatToRawIntBits(F)I", "doubleToRawLongBits(D)J", "intBitsToFloat(I)F",
                    "longBitsToDouble(J)D" -> {
                // ..., value -> ..., bits: a float or double already travels as its bits, in the same slots
                // as an int or long (Abi), so there is nothing to emit
            }
            case "sqrt(D)D" -> { // ..., value -> ..., its square root, correctly rounded (IEEE 754, as Java wants)
                a.emit("sqrtsd", org.torito.compiler.asm.Xmm.XMM0, Mem.qword(RSP));
                a.movsd(Mem.qword(RSP), org.torito.compiler.asm.Xmm.XMM0);
            }
            case "haltForever()V" -> {
                Label again = new Label();
                a.cli();
                a.bind(again);
                a.hlt();
                a.jmp(again);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** ..., address -> ..., value: loads {@code bits} and extends to an int with {@code mnemonic}. */
    private static void load(Assembler a, String mnemonic, int bits) {
        Abi.popLong(a, RAX);
        a.emit(mnemonic, EAX, Mem.of(bits, RAX, 0));
        a.push(RAX);
    }
}
