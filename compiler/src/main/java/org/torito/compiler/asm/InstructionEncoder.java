package org.torito.compiler.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Encodes one instruction: picks the first {@link Form} of the mnemonic that fits the operands in the mode,
 * then writes prefixes, REX, opcode, ModRM/SIB, displacement and immediates (SDM Vol. 2A §2.1-2.2).
 *
 * <p>Prefixes come in the order GNU as writes them: address size (0x67), operand size (0x66), mandatory or
 * REP prefix (0xF2/0xF3), LOCK, then REX right before the opcode.
 */
final class InstructionEncoder {
    /** An encoded instruction: its bytes and the fields still to be resolved. */
    record Encoded(byte[] bytes, List<Fixup> fixups, Form form) {
    }

    private final Mode mode;

    InstructionEncoder(Mode mode) {
        this.mode = mode;
    }

    /** The first form of {@code mnemonic} that takes {@code operands} in this mode. */
    Form select(String mnemonic, Operand... operands) {
        List<Form> forms = FormTable.instance().forms(mnemonic);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("unknown instruction `" + mnemonic + "` in `"
                    + text(mnemonic, operands) + "`");
        }
        for (Form form : forms) {
            if (fits(form, operands)) {
                return form;
            }
        }
        String tried = forms.stream().filter(f -> f.validIn(mode)).map(Form::toString)
                .collect(Collectors.joining("; "));
        throw new IllegalArgumentException("no form of `" + mnemonic + "` takes the operands of `"
                + text(mnemonic, operands) + "` in " + mode + (tried.isEmpty() ? " (not available in this mode)"
                : "; its forms here are: " + tried) + immediateHint(operands));
    }

    private static String immediateHint(Operand[] operands) {
        for (Operand op : operands) {
            if (op instanceof Imm imm && imm.ref() == null) {
                return " (is the immediate " + imm + " too large for the operand?)";
            }
            if (op instanceof Mem m && m.bits() == 0) {
                return " (the memory operand may need a size)";
            }
        }
        return "";
    }

    private boolean fits(Form form, Operand[] operands) {
        if (!form.validIn(mode) || form.operands().length != operands.length) {
            return false;
        }
        for (int i = 0; i < operands.length; i++) {
            if (!form.operands()[i].matches(operands[i], form.width())) {
                return false;
            }
        }
        return true;
    }

    static String text(String mnemonic, Operand... operands) {
        return operands.length == 0 ? mnemonic
                : mnemonic + " " + Stream.of(operands).map(Operand::toString).collect(Collectors.joining(", "));
    }

    /** Encodes {@code mnemonic operands}, with a LOCK prefix if {@code lock}. */
    Encoded encode(String mnemonic, Operand[] operands, boolean lock) {
        Form form = select(mnemonic, operands);
        try {
            return new Writer(form, operands, () -> text(mnemonic, operands)).write(lock);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot encode `" + text(mnemonic, operands) + "` in " + mode
                    + ": " + e.getMessage(), e);
        }
    }

    /** The state of encoding one instruction. */
    private final class Writer {
        private final Form form;
        private final Operand[] ops;
        private final java.util.function.Supplier<String> text;
        private final ByteBuffer body = new ByteBuffer();
        private final List<Fixup> fixups = new ArrayList<>();
        private int rex;
        private boolean rexRequired;
        private boolean rexForbidden;
        private boolean addressSizePrefix;

        Writer(Form form, Operand[] ops, java.util.function.Supplier<String> text) {
            this.form = form;
            this.ops = ops;
            this.text = text;
        }

        Encoded write(boolean lock) {
            int width = effectiveWidth();
            if (width == 64 && !form.default64()) {
                rex |= 0x08; // REX.W
            }
            for (Operand op : ops) {
                noteRegister(op);
            }
            // Opcode and operands into body first; prefixes depend on what they need.
            int[] opcode = form.opcode().clone();
            Encoding enc = form.encoding();
            if (enc == Encoding.O) {
                int reg = regNumber(ops[form.opcodeRegOperand()]);
                opcode[opcode.length - 1] += reg & 7;
                rex |= (reg >> 3) & 1; // REX.B
            }
            for (int b : opcode) {
                body.put(b);
            }
            switch (enc) {
                case M -> modrm(form.digit(), ops[form.rmOperand()]);
                case MR, RM -> modrm(regNumber(ops[form.regOperand()]), ops[form.rmOperand()]);
                case FD -> moffs((Mem) ops[1]);
                case TD -> moffs((Mem) ops[0]);
                case FAR -> {
                    FarPointer p = (FarPointer) ops[0];
                    int offsetBytes = width == 16 ? 2 : 4;
                    if (!OperandKind.fitsWidth(p.offset(), offsetBytes * 8) || p.offset() < 0) {
                        throw new IllegalArgumentException("far offset 0x" + Long.toHexString(p.offset())
                                + " does not fit in " + offsetBytes * 8 + " bits");
                    }
                    body.putLittleEndian(p.offset(), offsetBytes);
                    body.putLittleEndian(p.selector(), 2);
                }
                case D -> relative(ops[0], width == 16 ? 2 : 4);
                case ZO, O, I -> {
                }
            }
            for (int i = 0; i < ops.length; i++) {
                if (form.operands()[i].isImmediate()) {
                    immediate(form.operands()[i], (Imm) ops[i], width);
                }
            }
            return assemble(lock, width);
        }

        private Encoded assemble(boolean lock, int width) {
            ByteBuffer out = new ByteBuffer();
            if (addressSizePrefix) {
                out.put(0x67);
            }
            boolean operandSizePrefix = (width == 16 && mode != Mode.BITS16) || (width == 32 && mode == Mode.BITS16);
            if (operandSizePrefix) {
                out.put(0x66);
            }
            if (form.prefix() != 0) {
                out.put(form.prefix());
            }
            if (lock) {
                out.put(0xF0);
            }
            if (rex != 0 || rexRequired) {
                if (mode != Mode.BITS64) {
                    throw new IllegalArgumentException("needs a REX prefix (64-bit operand or register r8-r15, "
                            + "spl-dil, xmm8-xmm15), which exists only in 64-bit mode");
                }
                if (rexForbidden) {
                    throw new IllegalArgumentException("ah, bh, ch and dh cannot be used with a REX prefix");
                }
                out.put(0x40 | rex);
            }
            int prefixBytes = out.size();
            out.putAll(body);
            int end = out.size();
            List<Fixup> shifted = new ArrayList<>(fixups.size());
            for (Fixup f : fixups) {
                shifted.add(f.at(f.fieldOffset() + prefixBytes, end));
            }
            return new Encoded(out.toArray(), shifted, form);
        }

        /** The operand size in bits the prefixes are chosen for. */
        private int effectiveWidth() {
            if (form.width() == 64 && form.default64()) {
                return 64;
            }
            return form.width();
        }

        private void noteRegister(Operand op) {
            if (op instanceof Gpr r) {
                if (r.needsRex()) {
                    rexRequired = true;
                }
                if (r.isHighByte()) {
                    rexForbidden = true;
                }
                if (r.bits() == 64 && mode != Mode.BITS64) {
                    throw new IllegalArgumentException(r + " exists only in 64-bit mode");
                }
            }
        }

        private int regNumber(Operand op) {
            if (op instanceof Gpr r) {
                return r.number();
            } else if (op instanceof Xmm x) {
                return x.number();
            } else if (op instanceof SegmentRegister s) {
                return s.number();
            } else if (op instanceof ControlRegister c) {
                return c.number();
            }
            throw new IllegalArgumentException(op + " is not a register");
        }

        /** ModRM (and SIB, displacement) with {@code reg} in the reg field and {@code rm} in r/m. */
        private void modrm(int reg, Operand rm) {
            rex |= ((reg >> 3) & 1) << 2; // REX.R
            if (!(rm instanceof Mem m)) {
                int n = regNumber(rm);
                rex |= (n >> 3) & 1; // REX.B
                body.put(0xC0 | (reg & 7) << 3 | (n & 7));
                return;
            }
            int addressBits = m.addressRegisterBits();
            if (m.isRipRelative()) {
                if (mode != Mode.BITS64) {
                    throw new IllegalArgumentException("RIP-relative addressing exists only in 64-bit mode");
                }
                body.put((reg & 7) << 3 | 0b101);
                displacement32(m, true);
                return;
            }
            if (addressBits == 0) {
                addressBits = mode == Mode.BITS16 && !OperandKind.fitsWidth(m.disp(), 16) ? 32 : mode.addressBits;
            }
            if (addressBits == 64 && mode != Mode.BITS64 || addressBits == 16 && mode == Mode.BITS64) {
                throw new IllegalArgumentException(addressBits + "-bit addresses are not available in " + mode);
            }
            addressSizePrefix = addressBits != mode.addressBits;
            if (addressBits == 16) {
                modrm16(reg, m);
                return;
            }
            Gpr base = m.base();
            Gpr index = m.index();
            if (base == null && index == null) {
                if (mode == Mode.BITS64) { // [disp32] needs a SIB with no base and no index in long mode
                    body.put((reg & 7) << 3 | 0b100);
                    body.put(0x25);
                } else {
                    body.put((reg & 7) << 3 | 0b101);
                }
                displacement32(m, false);
                return;
            }
            long disp = m.disp();
            int mod;
            if (base == null) {
                mod = 0; // [index*scale + disp32]
            } else if (disp == 0 && m.ref() == null && (base.number() & 7) != 0b101) {
                mod = 0;
            } else if (m.ref() == null && disp >= -128 && disp <= 127) {
                mod = 1;
            } else {
                mod = 2;
            }
            if (index == null && (base.number() & 7) != 0b100) {
                body.put(mod << 6 | (reg & 7) << 3 | (base.number() & 7));
                rex |= (base.number() >> 3) & 1;
            } else {
                body.put(mod << 6 | (reg & 7) << 3 | 0b100);
                int scaleBits = Integer.numberOfTrailingZeros(m.scale());
                int indexBits = index == null ? 0b100 : index.number() & 7;
                int baseBits = base == null ? 0b101 : base.number() & 7;
                body.put(scaleBits << 6 | indexBits << 3 | baseBits);
                if (index != null) {
                    rex |= ((index.number() >> 3) & 1) << 1; // REX.X
                }
                if (base != null) {
                    rex |= (base.number() >> 3) & 1; // REX.B
                }
            }
            if (mod == 1) {
                body.put((int) disp);
            } else if (mod == 2 || base == null) {
                displacement32(m, false);
            }
        }

        /** 16-bit addressing: [bx|bp + si|di + disp] (SDM Vol. 2A Table 2-1). */
        private void modrm16(int reg, Mem m) {
            Gpr base = m.base();
            Gpr index = m.index();
            long disp = m.disp();
            if (m.ref() != null) {
                throw new IllegalArgumentException("symbolic displacements need 32-bit addressing");
            }
            if (base == null && index == null) {
                body.put((reg & 7) << 3 | 0b110);
                absoluteField(m.label(), disp, 2);
                return;
            }
            if (m.scale() != 1) {
                throw new IllegalArgumentException("16-bit addressing has no scale");
            }
            int rm = rm16(base, index);
            int mod;
            if (disp == 0 && rm != 0b110) {
                mod = 0;
            } else if (disp >= -128 && disp <= 127) {
                mod = 1;
            } else {
                mod = 2;
            }
            body.put(mod << 6 | (reg & 7) << 3 | rm);
            if (mod == 1) {
                body.put((int) disp);
            } else if (mod == 2) {
                body.putLittleEndian(disp, 2);
            }
        }

        private int rm16(Gpr a, Gpr b) {
            boolean bx = a == Gpr.BX || b == Gpr.BX;
            boolean bp = a == Gpr.BP || b == Gpr.BP;
            boolean si = a == Gpr.SI || b == Gpr.SI;
            boolean di = a == Gpr.DI || b == Gpr.DI;
            int count = (a == null ? 0 : 1) + (b == null ? 0 : 1);
            int known = (bx ? 1 : 0) + (bp ? 1 : 0) + (si ? 1 : 0) + (di ? 1 : 0);
            if (known == count && !(bx && bp) && !(si && di)) {
                if (bx && si) {
                    return 0;
                } else if (bx && di) {
                    return 1;
                } else if (bp && si) {
                    return 2;
                } else if (bp && di) {
                    return 3;
                } else if (si) {
                    return 4;
                } else if (di) {
                    return 5;
                } else if (bp) {
                    return 6;
                } else if (bx) {
                    return 7;
                }
            }
            throw new IllegalArgumentException("16-bit addresses combine one of bx/bp with one of si/di");
        }

        /** A 32-bit displacement: a number, a label or a Ref (absolute or RIP-relative). */
        private void displacement32(Mem m, boolean ripRelative) {
            int at = body.size();
            if (m.label() != null || m.ref() != null) {
                fixups.add(new Fixup(at, 4, ripRelative, 0, m.label(), m.ref(), mode == Mode.BITS64, text));
                body.putLittleEndian(0, 4);
                return;
            }
            long disp = m.disp();
            boolean fits = mode == Mode.BITS64 ? disp >= Integer.MIN_VALUE && disp <= Integer.MAX_VALUE
                    : OperandKind.fitsWidth(disp, 32);
            if (!fits) {
                throw new IllegalArgumentException("displacement 0x" + Long.toHexString(disp)
                        + " does not fit in a sign-extended 32-bit field; use movabs or a register");
            }
            body.putLittleEndian(disp, 4);
        }

        private void moffs(Mem m) {
            int bytes = mode.addressBits / 8;
            if (m.label() == null && !OperandKind.fitsWidth(m.disp(), bytes * 8)) {
                throw new IllegalArgumentException("address 0x" + Long.toHexString(m.disp()) + " does not fit in "
                        + bytes * 8 + " bits");
            }
            absoluteField(m.label(), m.disp(), bytes);
        }

        /** {@code sizeBytes} holding {@code label}'s absolute address if there is a label, else {@code value}. */
        private void absoluteField(Label label, long value, int sizeBytes) {
            if (label != null) {
                fixups.add(new Fixup(body.size(), sizeBytes, false, 0, label, null, false, text));
                body.putLittleEndian(0, sizeBytes);
            } else {
                body.putLittleEndian(value, sizeBytes);
            }
        }

        private void relative(Operand target, int sizeBytes) {
            int at = body.size();
            if (target instanceof Label label) {
                fixups.add(new Fixup(at, sizeBytes, true, 0, label, null, true, text));
            } else {
                if (sizeBytes != 4) {
                    throw new IllegalArgumentException("branches to symbolic targets need rel32");
                }
                fixups.add(new Fixup(at, sizeBytes, true, 0, null, (Ref) target, true, text));
            }
            body.putLittleEndian(0, sizeBytes);
        }

        private void immediate(OperandKind kind, Imm imm, int width) {
            int sizeBytes = switch (kind) {
                case IB, IBS -> 1;
                case IW -> 2;
                case IZ -> width == 16 || width == 0 && mode == Mode.BITS16 ? 2 : 4;
                case IQ -> 8;
                default -> 0; // ONE, THREE: implied by the opcode
            };
            if (sizeBytes == 0) {
                return;
            }
            if (imm.ref() != null) {
                fixups.add(new Fixup(body.size(), sizeBytes, false, 0, null, new Ref(imm.ref().target(),
                        imm.ref().addend() + imm.value()), width == 64, text));
                body.putLittleEndian(0, sizeBytes);
            } else if (imm.label() != null) {
                if (sizeBytes == 1) {
                    throw new IllegalArgumentException("a label's address does not fit in one byte");
                }
                absoluteField(imm.label(), 0, sizeBytes);
            } else {
                body.putLittleEndian(imm.value(), sizeBytes);
            }
        }
    }
}
