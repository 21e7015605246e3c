package org.torito.compiler.asm;

import java.util.List;

/**
 * The x86-64 assembler: 16-, 32- and 64-bit code, written in Intel operand order (destination first).
 *
 * <pre>{@code
 * Assembler a = new Assembler(Mode.BITS64);
 * Label loop = new Label("loop");
 * a.mov(Gpr.ECX, 10);
 * a.bind(loop);
 * a.add(Gpr.RAX, Mem.qword(Gpr.RDI, 8));
 * a.dec(Gpr.ECX);
 * a.jcc(Cond.NE, loop);
 * a.ret();
 * MachineCode code = a.finish();
 * }</pre>
 *
 * <p>Every instruction goes through {@link #emit(String, Operand...)}, which looks the mnemonic up in the
 * {@link FormTable} and encodes the first form that fits; the named methods below are shorthands for it.
 * Operands carry their sizes as in Intel syntax ({@link Gpr#EAX}, {@code Mem.qword(...)}), so a wrong
 * combination — mixed widths, an immediate that does not fit, a 64-bit register in 32-bit code — is an
 * {@link IllegalArgumentException} naming the instruction and its operands. Jumps to labels are sized at
 * {@link #finish()} ({@link CodeBuffer}); a label used but never bound is an {@link IllegalStateException}.
 *
 * <p>One assembler produces one piece of code and is not thread-safe.
 */
public final class Assembler {
    private final Mode mode;
    private final long origin;
    private final InstructionEncoder encoder;
    private final CodeBuffer code;
    private boolean lockNext;
    private boolean finished;
    /** Whether a push followed by a pop becomes one move ({@link #fusePushPop()}). */
    private boolean fusePushPop;
    /** A push held back by {@link #fusePushPop()}: emitted before anything else, or fused with a pop. */
    private Operand pendingPush;

    /** Code for {@code mode} loaded at address 0 (or relocated by the linker). */
    public Assembler(Mode mode) {
        this(mode, 0);
    }

    /** Code for {@code mode} loaded at {@code origin}: absolute label addresses count from there. */
    public Assembler(Mode mode, long origin) {
        this.mode = mode;
        this.origin = origin;
        this.encoder = new InstructionEncoder(mode);
        this.code = new CodeBuffer(mode);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * From now on, {@code push x} immediately followed by {@code pop y} assembles as {@code mov y, x} (or
     * nothing when x is y): the same effect on registers, memory and flags (push and pop change no flags and
     * the stack pointer ends where it started; a memory operand addressed through RSP names the same bytes,
     * since push reads it before and pop writes it after moving RSP). For code generated per stack-machine
     * instruction, which often pushes a value only for the next instruction to pop it. A push is held back
     * until the next instruction, label, alignment or data, so labels still bind where the code is.
     */
    public void fusePushPop() {
        fusePushPop = true;
    }

    // ------------------------------------------------------------------------------------------------
    // The core: instructions, labels, data, layout
    // ------------------------------------------------------------------------------------------------

    /** Assembles {@code mnemonic operands} (GNU as mnemonic, Intel operand order). */
    public void emit(String mnemonic, Operand... operands) {
        checkOpen();
        if (pendingPush != null && mnemonic.equals("pop") && !lockNext && operands.length == 1
                && fusedWithPendingPush(operands[0])) {
            return;
        }
        flushPendingPush();
        if (fusePushPop && mnemonic.equals("push") && !lockNext && operands.length == 1 && pushable(operands[0])) {
            pendingPush = operands[0];
            return;
        }
        encode(mnemonic, operands);
    }

    /** Assembles the held-back push and {@code pop destination} as one move, if they can be; says whether. */
    private boolean fusedWithPendingPush(Operand destination) {
        if (!fusible(pendingPush, destination)) {
            return false;
        }
        if (pendingPush != destination) {
            try {
                encode("mov", destination, pendingPush);
            } catch (IllegalArgumentException noSuchMove) {
                return false; // no form moves this immediate (a relocated one, say): keep the push and the pop
            }
        }
        pendingPush = null;
        return true;
    }

    /** Emits the held-back push, if any. */
    private void flushPendingPush() {
        if (pendingPush != null) {
            Operand pushed = pendingPush;
            pendingPush = null;
            encode("push", pushed);
        }
    }

    /** Whether {@code push source; pop destination} may become {@code mov destination, source}. */
    private static boolean fusible(Operand source, Operand destination) {
        if (destination instanceof Gpr g) {
            return g.bits() == 64 && g != Gpr.RSP;
        }
        return destination instanceof Mem m && m.bits() == 64 && !(source instanceof Mem)
                && !(source instanceof Imm i && (i.ref() != null || i.label() != null));
    }

    /** The pushes {@link #fusePushPop()} holds back: 64-bit registers (not RSP), memory and immediates. */
    private static boolean pushable(Operand operand) {
        return operand instanceof Gpr g ? g.bits() == 64 && g != Gpr.RSP
                : operand instanceof Mem m ? m.bits() == 64 : operand instanceof Imm;
    }

    private void encode(String mnemonic, Operand... operands) {
        if (operands.length == 1 && operands[0] instanceof Label label && isRelaxable(mnemonic)) {
            boolean lock = takeLock();
            if (lock) {
                throw new IllegalArgumentException("`lock " + mnemonic + " " + label + "`: jumps cannot be locked");
            }
            code.branch(mnemonic.equals("jmp") ? null : Cond.valueOf(mnemonic.substring(1).toUpperCase(
                    java.util.Locale.ROOT)), label, () -> InstructionEncoder.text(mnemonic, operands));
            return;
        }
        InstructionEncoder.Encoded encoded = encoder.encode(mnemonic, operands, takeLock());
        code.append(encoded.bytes(), encoded.fixups());
    }

    private static boolean isRelaxable(String mnemonic) {
        if (mnemonic.equals("jmp")) {
            return true;
        }
        if (mnemonic.length() < 2 || mnemonic.charAt(0) != 'j') {
            return false;
        }
        for (Cond c : Cond.values()) {
            if (mnemonic.substring(1).equals(c.suffix())) {
                return true;
            }
        }
        return false;
    }

    private boolean takeLock() {
        boolean lock = lockNext;
        lockNext = false;
        return lock;
    }

    /** Makes the next instruction atomic (LOCK prefix), as in {@code lock(); xadd(mem, reg)}. */
    public void lock() {
        checkOpenAndFlush();
        lockNext = true;
    }

    /** Binds {@code label} to the current position. */
    public void bind(Label label) {
        checkOpenAndFlush();
        code.bind(label);
    }

    /** Pads with NOPs to a multiple of {@code alignment} bytes (a power of two), from the origin. */
    public void align(int alignment) {
        checkOpenAndFlush();
        code.align(alignment, true, 0);
    }

    /** Pads with {@code fill} bytes to a multiple of {@code alignment} bytes: for data. */
    public void align(int alignment, int fill) {
        checkOpenAndFlush();
        code.align(alignment, false, fill);
    }

    public void data8(int value) {
        data(value, 1);
    }

    public void data16(int value) {
        data(value, 2);
    }

    public void data32(long value) {
        data(value, 4);
    }

    public void data64(long value) {
        data(value, 8);
    }

    public void data(byte[] bytes) {
        checkOpenAndFlush();
        code.append(bytes.clone(), List.of());
    }

    /** The absolute address of {@code label} (origin + offset) as 4 bytes: GDT pointers, jump tables. */
    public void data32(Label label) {
        dataAddress(label, null, 4);
    }

    /** The absolute address of {@code label} as 8 bytes. */
    public void data64(Label label) {
        dataAddress(label, null, 8);
    }

    /** The address of a symbolic target as 4 bytes, through an ABS32 relocation. */
    public void data32(Ref target) {
        dataAddress(null, target, 4);
    }

    /** The address of a symbolic target as 8 bytes, through an ABS64 relocation. */
    public void data64(Ref target) {
        dataAddress(null, target, 8);
    }

    private void data(long value, int sizeBytes) {
        checkOpenAndFlush();
        if (!OperandKind.fitsWidth(value, sizeBytes * 8)) {
            throw new IllegalArgumentException("data value 0x" + Long.toHexString(value) + " does not fit in "
                    + sizeBytes + " bytes");
        }
        ByteBuffer b = new ByteBuffer();
        b.putLittleEndian(value, sizeBytes);
        code.append(b.toArray(), List.of());
    }

    private void dataAddress(Label label, Ref ref, int sizeBytes) {
        checkOpenAndFlush();
        String what = ".data" + sizeBytes * 8 + " " + (label != null ? label : ref);
        code.append(new byte[sizeBytes], List.of(new Fixup(0, sizeBytes, false, sizeBytes, label, ref, false, () -> what)));
    }

    /** Lays the code out, resolves labels and returns bytes and relocations. The assembler is done after. */
    public MachineCode finish() {
        checkOpenAndFlush();
        if (lockNext) {
            throw new IllegalStateException("lock() is not followed by an instruction");
        }
        finished = true;
        return code.finish(origin);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the assembler has finished; start a new one");
        }
    }

    /** {@link #checkOpen()}, then emits a held-back push: before a label, alignment, data or the end. */
    private void checkOpenAndFlush() {
        checkOpen();
        flushPendingPush();
    }

    // ------------------------------------------------------------------------------------------------
    // Data movement
    // ------------------------------------------------------------------------------------------------

    public void mov(Operand dst, Operand src) {
        emit("mov", dst, src);
    }

    public void mov(Operand dst, long imm) {
        emit("mov", dst, Imm.of(imm));
    }

    /** {@code mov r64, imm64} with all 8 immediate bytes, or {@code mov} to/from a 64-bit absolute address. */
    public void movabs(Operand dst, Operand src) {
        emit("movabs", dst, src);
    }

    public void movabs(Gpr dst, long imm) {
        emit("movabs", dst, Imm.of(imm));
    }

    public void movzx(Gpr dst, Operand src) {
        emit("movzx", dst, src);
    }

    public void movsx(Gpr dst, Operand src) {
        emit("movsx", dst, src);
    }

    public void movsxd(Gpr dst, Operand src) {
        emit("movsxd", dst, src);
    }

    public void lea(Gpr dst, Mem src) {
        emit("lea", dst, src);
    }

    public void xchg(Operand a, Operand b) {
        emit("xchg", a, b);
    }

    public void push(Operand src) {
        emit("push", src);
    }

    public void push(long imm) {
        emit("push", Imm.of(imm));
    }

    public void pop(Operand dst) {
        emit("pop", dst);
    }

    public void cdq() {
        emit("cdq");
    }

    public void cqo() {
        emit("cqo");
    }

    // ------------------------------------------------------------------------------------------------
    // Arithmetic and logic
    // ------------------------------------------------------------------------------------------------

    public void add(Operand dst, Operand src) {
        emit("add", dst, src);
    }

    public void add(Operand dst, long imm) {
        emit("add", dst, Imm.of(imm));
    }

    public void or(Operand dst, Operand src) {
        emit("or", dst, src);
    }

    public void or(Operand dst, long imm) {
        emit("or", dst, Imm.of(imm));
    }

    public void adc(Operand dst, Operand src) {
        emit("adc", dst, src);
    }

    public void sbb(Operand dst, Operand src) {
        emit("sbb", dst, src);
    }

    public void and(Operand dst, Operand src) {
        emit("and", dst, src);
    }

    public void and(Operand dst, long imm) {
        emit("and", dst, Imm.of(imm));
    }

    public void sub(Operand dst, Operand src) {
        emit("sub", dst, src);
    }

    public void sub(Operand dst, long imm) {
        emit("sub", dst, Imm.of(imm));
    }

    public void xor(Operand dst, Operand src) {
        emit("xor", dst, src);
    }

    public void xor(Operand dst, long imm) {
        emit("xor", dst, Imm.of(imm));
    }

    public void cmp(Operand a, Operand b) {
        emit("cmp", a, b);
    }

    public void cmp(Operand a, long imm) {
        emit("cmp", a, Imm.of(imm));
    }

    public void test(Operand a, Operand b) {
        emit("test", a, b);
    }

    public void test(Operand a, long imm) {
        emit("test", a, Imm.of(imm));
    }

    public void inc(Operand dst) {
        emit("inc", dst);
    }

    public void dec(Operand dst) {
        emit("dec", dst);
    }

    public void neg(Operand dst) {
        emit("neg", dst);
    }

    public void not(Operand dst) {
        emit("not", dst);
    }

    /** One-operand {@code imul}: rdx:rax = rax * src. */
    public void imul(Operand src) {
        emit("imul", src);
    }

    public void imul(Gpr dst, Operand src) {
        emit("imul", dst, src);
    }

    public void imul(Gpr dst, Operand src, long imm) {
        emit("imul", dst, src, Imm.of(imm));
    }

    public void mul(Operand src) {
        emit("mul", src);
    }

    public void div(Operand src) {
        emit("div", src);
    }

    public void idiv(Operand src) {
        emit("idiv", src);
    }

    /** {@code shl/shr/sar/rol/ror/rcl/rcr dst, count} with a constant count (1 uses the short form). */
    public void shift(String mnemonic, Operand dst, int count) {
        emit(mnemonic, dst, Imm.of(count));
    }

    /** The same by {@code cl}. */
    public void shiftByCl(String mnemonic, Operand dst) {
        emit(mnemonic, dst, Gpr.CL);
    }

    public void shl(Operand dst, int count) {
        shift("shl", dst, count);
    }

    public void shr(Operand dst, int count) {
        shift("shr", dst, count);
    }

    public void sar(Operand dst, int count) {
        shift("sar", dst, count);
    }

    public void setcc(Cond cond, Operand dst) {
        emit("set" + cond.suffix(), dst);
    }

    public void cmovcc(Cond cond, Gpr dst, Operand src) {
        emit("cmov" + cond.suffix(), dst, src);
    }

    // ------------------------------------------------------------------------------------------------
    // Control flow
    // ------------------------------------------------------------------------------------------------

    /** {@code jmp} to a label: 2 bytes when the distance fits in a byte, else 5. */
    public void jmp(Label target) {
        emit("jmp", target);
    }

    /** {@code jmp} through a register or memory, or rel32 to a {@link Ref}. */
    public void jmp(Operand target) {
        emit("jmp", target);
    }

    /** {@code jcc} to a label, short or near as the distance needs. */
    public void jcc(Cond cond, Label target) {
        emit("j" + cond.suffix(), target);
    }

    /** {@code call rel32} to a label or {@link Ref}, or {@code call r/m64}. */
    public void call(Operand target) {
        emit("call", target);
    }

    public void ret() {
        emit("ret");
    }

    /** {@code ret imm16}: pops {@code bytes} of arguments after the return address. */
    public void ret(int bytes) {
        emit("ret", Imm.of(bytes));
    }

    /** {@code jmp selector:offset}: the far jump that switches modes in the trampoline. */
    public void jmpFar(int selector, long offset) {
        emit("jmp", new FarPointer(selector, offset));
    }

    public void retf() {
        emit("retf");
    }

    public void retfq() {
        emit("retfq");
    }

    public void iretq() {
        emit("iretq");
    }

    public void int3() {
        emit("int3");
    }

    public void intN(int vector) {
        emit("int", Imm.of(vector));
    }

    public void ud2() {
        emit("ud2");
    }

    public void hlt() {
        emit("hlt");
    }

    public void nop() {
        emit("nop");
    }

    public void pause() {
        emit("pause");
    }

    // ------------------------------------------------------------------------------------------------
    // System
    // ------------------------------------------------------------------------------------------------

    public void cli() {
        emit("cli");
    }

    public void sti() {
        emit("sti");
    }

    /** {@code in al/ax/eax, imm8} or {@code in al/ax/eax, dx}. */
    public void in(Gpr dst, Operand port) {
        emit("in", dst, port);
    }

    public void in(Gpr dst, int port) {
        emit("in", dst, Imm.of(port));
    }

    /** {@code out imm8, al/ax/eax} or {@code out dx, al/ax/eax}. */
    public void out(Operand port, Gpr src) {
        emit("out", port, src);
    }

    public void out(int port, Gpr src) {
        emit("out", Imm.of(port), src);
    }

    public void lgdt(Mem src) {
        emit("lgdt", src);
    }

    public void lidt(Mem src) {
        emit("lidt", src);
    }

    public void ltr(Operand selector) {
        emit("ltr", selector);
    }

    public void invlpg(Mem address) {
        emit("invlpg", address);
    }

    public void cpuid() {
        emit("cpuid");
    }

    public void rdtsc() {
        emit("rdtsc");
    }

    public void rdmsr() {
        emit("rdmsr");
    }

    public void wrmsr() {
        emit("wrmsr");
    }

    public void swapgs() {
        emit("swapgs");
    }

    public void mfence() {
        emit("mfence");
    }

    // ------------------------------------------------------------------------------------------------
    // SSE (scalar float and double)
    // ------------------------------------------------------------------------------------------------

    public void movss(Operand dst, Operand src) {
        emit("movss", dst, src);
    }

    public void movsd(Operand dst, Operand src) {
        emit("movsd", dst, src);
    }

    public void movd(Operand dst, Operand src) {
        emit("movd", dst, src);
    }

    public void movq(Operand dst, Operand src) {
        emit("movq", dst, src);
    }
}
