package org.torito.compiler.asm;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random operands for every {@link OperandKind}, valid for a form and a mode: the registers the mode has,
 * memory operands with every addressing shape (base, index*scale, disp8/disp32, RIP-relative, absolute,
 * the other address size), immediates at the edges of each field. Used by the GNU as comparison.
 */
final class OperandArbitraries {
    /** A form with operands for it, perhaps with a LOCK prefix. */
    record Case(Form form, Operand[] operands, boolean lock) {
        @Override
        public String toString() {
            return (lock ? "lock " : "") + InstructionEncoder.text(form.mnemonic(), operands);
        }
    }

    /** The instructions LOCK may prefix when their destination is memory (SDM Vol. 2A, LOCK). */
    private static final java.util.Set<String> LOCKABLE = java.util.Set.of("add", "adc", "and", "btc", "btr", "bts",
            "cmpxchg", "cmpxchg8b", "cmpxchg16b", "dec", "inc", "neg", "not", "or", "sbb", "sub", "xor", "xadd", "xchg");

    private OperandArbitraries() {
    }

    /**
     * Random instructions of every form valid in {@code mode}. In 16-bit code, branches to symbolic targets
     * are left out (they need rel32 relocations, which only 32/64-bit code has); the label tests cover rel16.
     */
    static Arbitrary<Case> cases(Mode mode) {
        List<Form> forms = FormTable.instance().all().stream().filter(f -> f.validIn(mode))
                .filter(f -> mode != Mode.BITS16 || f.encoding() != Encoding.D).toList();
        return Arbitraries.of(forms).flatMap(form -> forForm(form, mode));
    }

    static Arbitrary<Case> forForm(Form form, Mode mode) {
        List<Arbitrary<Operand>> ops = new ArrayList<>();
        for (OperandKind kind : form.operands()) {
            ops.add(operand(kind, form, mode));
        }
        if (ops.isEmpty()) {
            return Arbitraries.just(new Case(form, new Operand[0], false));
        }
        boolean lockable = LOCKABLE.contains(form.mnemonic());
        Arbitrary<Boolean> lock = lockable ? Arbitraries.of(false, true) : Arbitraries.just(false);
        return Combinators.combine(Combinators.combine(ops).as(list -> list.toArray(new Operand[0])), lock)
                .as((operands, locked) -> new Case(form, operands, locked && operands[0] instanceof Mem));
    }

    static Arbitrary<Operand> operand(OperandKind kind, Form form, Mode mode) {
        int w = form.width();
        return switch (kind) {
            case R8 -> gpr(8, mode);
            case R16 -> gpr(16, mode);
            case R32 -> gpr(32, mode);
            case R64 -> gpr(64, mode);
            case RM8 -> Arbitraries.oneOf(gpr(8, mode), mem(8, mode));
            case RM16 -> Arbitraries.oneOf(gpr(16, mode), mem(16, mode));
            case RM32 -> Arbitraries.oneOf(gpr(32, mode), mem(32, mode));
            case RM64 -> Arbitraries.oneOf(gpr(64, mode), mem(64, mode));
            case M -> mem(0, mode);
            case M8 -> mem(8, mode);
            case M16 -> mem(16, mode);
            case M32 -> mem(32, mode);
            case M48 -> mem(48, mode);
            case M64 -> mem(64, mode);
            case M80 -> mem(80, mode);
            case M128 -> mem(128, mode);
            case MOFFS -> Arbitraries.longs().between(0, mode == Mode.BITS16 ? 0xFFFF : 0xFFFF_FFFFL)
                    .map(a -> (Operand) Mem.abs(w, a));
            case AL -> Arbitraries.just(Gpr.AL);
            case AX -> Arbitraries.just(Gpr.AX);
            case EAX -> Arbitraries.just(Gpr.EAX);
            case RAX -> Arbitraries.just(Gpr.RAX);
            case CL -> Arbitraries.just(Gpr.CL);
            case DX -> Arbitraries.just(Gpr.DX);
            case XMM -> xmm(mode);
            case XMM_M32 -> Arbitraries.oneOf(xmm(mode), mem(32, mode));
            case XMM_M64 -> Arbitraries.oneOf(xmm(mode), mem(64, mode));
            case XMM_M128 -> Arbitraries.oneOf(xmm(mode), mem(128, mode));
            case SREG -> Arbitraries.of(SegmentRegister.ES, SegmentRegister.SS, SegmentRegister.DS,
                    SegmentRegister.FS, SegmentRegister.GS).map(s -> (Operand) s);
            case CREG -> (mode == Mode.BITS64 ? Arbitraries.of(ControlRegister.values())
                    : Arbitraries.of(ControlRegister.CR0, ControlRegister.CR2, ControlRegister.CR3,
                    ControlRegister.CR4)).map(c -> (Operand) c);
            case IB -> imm(Arbitraries.longs().between(-0x80, 0xFF));
            case IBS -> imm(Arbitraries.longs().between(-0x80, 0x7F).flatMap(v -> maybeUnsigned(v, w)));
            case IW -> imm(Arbitraries.longs().between(-0x8000, 0xFFFF));
            case IZ -> imm(izValues(w == 0 ? mode.defaultOperandBits : w));
            case IQ -> imm(Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-200, 200)));
            case ONE -> imm(Arbitraries.just(1L));
            case THREE -> imm(Arbitraries.just(3L));
            case REL -> Arbitraries.of("ext_a", "ext_b").map(name -> (Operand) Ref.to(name));
            case FAR -> Combinators.combine(Arbitraries.integers().between(0, 0xFFFF),
                    Arbitraries.longs().between(0, w == 16 ? 0xFFFF : 0xFFFF_FFFFL)).as(FarPointer::new);
        };
    }

    private static Arbitrary<Operand> imm(Arbitrary<Long> values) {
        return values.map(v -> (Operand) Imm.of(v));
    }

    /** Writes a negative value as its unsigned alias for the width now and then: 0xff for -1 in a byte. */
    private static Arbitrary<Long> maybeUnsigned(long v, int width) {
        return width > 0 && width < 64 && v < 0 ? Arbitraries.of(v, v & ((1L << width) - 1)) : Arbitraries.just(v);
    }

    private static Arbitrary<Long> izValues(int width) {
        Arbitrary<Long> small = Arbitraries.longs().between(-200, 200);
        Arbitrary<Long> full = switch (width) {
            case 16 -> Arbitraries.longs().between(-0x8000, 0xFFFF);
            case 32 -> Arbitraries.longs().between(Integer.MIN_VALUE, 0xFFFF_FFFFL);
            default -> Arbitraries.longs().between(Integer.MIN_VALUE, Integer.MAX_VALUE);
        };
        return Arbitraries.oneOf(small, full, full);
    }

    static Arbitrary<Operand> gpr(int bits, Mode mode) {
        if (mode == Mode.BITS64) {
            Arbitrary<Operand> low = Arbitraries.integers().between(0, 15).map(n -> (Operand) Gpr.of(n, bits));
            return bits == 8 ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, low),
                    net.jqwik.api.Tuple.of(1, highBytes())) : low;
        }
        if (bits == 8) {
            return Arbitraries.oneOf(Arbitraries.integers().between(0, 3).map(n -> (Operand) Gpr.of(n, 8)),
                    highBytes());
        }
        return Arbitraries.integers().between(0, 7).map(n -> (Operand) Gpr.of(n, bits));
    }

    private static Arbitrary<Operand> highBytes() {
        return Arbitraries.integers().between(0, 3).map(n -> (Operand) Gpr.highByte(n));
    }

    static Arbitrary<Operand> xmm(Mode mode) {
        return Arbitraries.integers().between(0, mode == Mode.BITS64 ? 15 : 7).map(n -> (Operand) Xmm.of(n));
    }

    static Arbitrary<Operand> mem(int bits, Mode mode) {
        return switch (mode) {
            case BITS64 -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, mem32or64(bits, 64, 16)),
                    net.jqwik.api.Tuple.of(2, mem32or64(bits, 32, 16)),
                    net.jqwik.api.Tuple.of(1, disp32().map(d -> (Operand) Mem.rip(bits, d))),
                    net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Integer.MAX_VALUE)
                            .map(d -> (Operand) Mem.abs(bits, d))));
            case BITS32 -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, mem32or64(bits, 32, 8)),
                    net.jqwik.api.Tuple.of(2, mem16(bits)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 0xFFFF_FFFFL)
                            .map(d -> (Operand) Mem.abs(bits, d))));
            case BITS16 -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, mem16(bits)),
                    net.jqwik.api.Tuple.of(2, mem32or64(bits, 32, 8)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 0xFFFF)
                            .map(d -> (Operand) Mem.abs(bits, d))));
        };
    }

    private static Arbitrary<Long> disp32() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(-128, 127),
                Arbitraries.longs().between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    private static Arbitrary<Operand> mem32or64(int bits, int addressBits, int registers) {
        Arbitrary<Gpr> base = Arbitraries.integers().between(0, registers - 1).map(n -> Gpr.of(n, addressBits))
                .injectNull(0.15);
        Arbitrary<Gpr> index = Arbitraries.integers().between(0, registers - 1).filter(n -> n != 4)
                .map(n -> Gpr.of(n, addressBits)).injectNull(0.5);
        Arbitrary<Integer> scale = Arbitraries.of(1, 2, 4, 8);
        return Combinators.combine(base, index, scale, disp32()).filter((b, i, s, d) -> b != null || i != null)
                .as((b, i, s, d) -> (Operand) Mem.of(bits, b, i, i == null ? 1 : s, d));
    }

    private static Arbitrary<Operand> mem16(int bits) {
        Arbitrary<Gpr> base = Arbitraries.of(Gpr.BX, Gpr.BP).injectNull(0.3);
        Arbitrary<Gpr> index = Arbitraries.of(Gpr.SI, Gpr.DI).injectNull(0.3);
        Arbitrary<Long> disp = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(-128, 127),
                Arbitraries.longs().between(-0x8000, 0x7FFF));
        return Combinators.combine(base, index, disp).filter((b, i, d) -> b != null || i != null)
                .as((b, i, d) -> (Operand) Mem.of(bits, b, i, 1, d));
    }
}
