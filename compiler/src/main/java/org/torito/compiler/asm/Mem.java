package org.torito.compiler.asm;

/**
 * A memory operand {@code SIZE PTR [base + index*scale + disp]}, RIP-relative ({@code [rip + disp]}, to a
 * {@link Label} or a {@link Ref}) or absolute ({@code [disp]}).
 *
 * <p>The size is part of the operand, as in Intel syntax, so {@code add(Mem.dword(rbx), 1)} and
 * {@code add(Mem.qword(rbx), 1)} pick different encodings; {@code 0} means unsized, for {@code lea},
 * {@code lgdt} and friends. The address size follows the registers: 32-bit registers in 64-bit mode (or in
 * 16-bit mode) add the 0x67 prefix; 16-bit registers select the 16-bit forms {@code [bx+si]}, … .
 */
public final class Mem implements Operand {
    private final int bits;
    private final Gpr base;
    private final Gpr index;
    private final int scale;
    private final long disp;
    private final boolean ripRelative;
    private final Label label;
    private final Ref ref;

    private Mem(int bits, Gpr base, Gpr index, int scale, long disp, boolean ripRelative, Label label, Ref ref) {
        if (base == null && index != null && index.bits() == 16 && scale == 1) {
            base = index; // 16-bit addressing has no scaled index: [si] names si as the one register
            index = null;
        }
        this.bits = bits;
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.disp = disp;
        this.ripRelative = ripRelative;
        this.label = label;
        this.ref = ref;
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale " + scale + " is not 1, 2, 4 or 8 in " + this);
        }
        if (index != null && base != null && index.bits() != base.bits()) {
            throw new IllegalArgumentException("base and index differ in width in " + this);
        }
        Gpr any = base != null ? base : index;
        if (any != null && (any.bits() == 8 || any.isHighByte())) {
            throw new IllegalArgumentException("8-bit registers cannot address memory: " + this);
        }
        if (index != null && index.number() == 4 && index.bits() != 16) {
            throw new IllegalArgumentException(index + " cannot be an index register: " + this);
        }
        if (!fitsDisp(any == null ? 64 : any.bits(), disp)) {
            throw new IllegalArgumentException("displacement 0x" + Long.toHexString(disp) + " does not fit in "
                    + this);
        }
    }

    private static boolean fitsDisp(int addressBits, long disp) {
        return switch (addressBits) {
            case 16 -> disp >= -0x8000 && disp <= 0xFFFF;
            case 32 -> disp >= Integer.MIN_VALUE && disp <= 0xFFFF_FFFFL;
            default -> true; // 64-bit forms check at encoding time (only moffs takes 64 bits)
        };
    }

    /** {@code [base + index*scale + disp]} of {@code bits} (0 = unsized); index may be null. */
    public static Mem of(int bits, Gpr base, Gpr index, int scale, long disp) {
        return new Mem(bits, base, index, scale, disp, false, null, null);
    }

    /** {@code [base + disp]}. */
    public static Mem of(int bits, Gpr base, long disp) {
        return of(bits, base, null, 1, disp);
    }

    /** The absolute address {@code [disp]}. */
    public static Mem abs(int bits, long address) {
        return of(bits, null, null, 1, address);
    }

    /** The absolute address of a label in the same code (origin + offset): 32-bit code has no RIP. */
    public static Mem abs(int bits, Label target) {
        return new Mem(bits, null, null, 1, 0, false, target, null);
    }

    /** The absolute address of a symbolic target, filled in by an ABS32 relocation. */
    public static Mem abs(int bits, Ref target) {
        return new Mem(bits, null, null, 1, 0, false, null, target);
    }

    /** {@code [rip + disp]}: disp counts from the end of the instruction. */
    public static Mem rip(int bits, long disp) {
        return new Mem(bits, null, null, 1, disp, true, null, null);
    }

    /** The address of a label in the same code, RIP-relative. */
    public static Mem rip(int bits, Label target) {
        return new Mem(bits, null, null, 1, 0, true, target, null);
    }

    /** The address of a symbolic target, RIP-relative through a PC32 relocation. */
    public static Mem rip(int bits, Ref target) {
        return new Mem(bits, null, null, 1, 0, true, null, target);
    }

    public static Mem byte_(Gpr base, long disp) {
        return of(8, base, disp);
    }

    public static Mem word(Gpr base, long disp) {
        return of(16, base, disp);
    }

    public static Mem dword(Gpr base, long disp) {
        return of(32, base, disp);
    }

    public static Mem qword(Gpr base, long disp) {
        return of(64, base, disp);
    }

    public static Mem dword(Gpr base) {
        return of(32, base, 0);
    }

    public static Mem qword(Gpr base) {
        return of(64, base, 0);
    }

    /** The same address with another operand size. */
    public Mem withBits(int newBits) {
        return new Mem(newBits, base, index, scale, disp, ripRelative, label, ref);
    }

    /** Operand size in bits; 0 when unsized. */
    public int bits() {
        return bits;
    }

    public Gpr base() {
        return base;
    }

    public Gpr index() {
        return index;
    }

    public int scale() {
        return scale;
    }

    public long disp() {
        return disp;
    }

    public boolean isRipRelative() {
        return ripRelative;
    }

    /** No base and no index: {@code [disp]} or {@code [ref]}. */
    public boolean isAbsolute() {
        return base == null && index == null && !ripRelative;
    }

    public Label label() {
        return label;
    }

    public Ref ref() {
        return ref;
    }

    /** The width of the address registers, or 0 for RIP-relative and absolute forms. */
    int addressRegisterBits() {
        return base != null ? base.bits() : index != null ? index.bits() : 0;
    }

    static String sizeName(int bits) {
        return switch (bits) {
            case 8 -> "BYTE";
            case 16 -> "WORD";
            case 32 -> "DWORD";
            case 48 -> "FWORD";
            case 64 -> "QWORD";
            case 80 -> "TBYTE";
            case 128 -> "XMMWORD";
            default -> throw new IllegalArgumentException("no memory operand size of " + bits + " bits");
        };
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (bits != 0) {
            s.append(sizeName(bits)).append(" PTR ");
        }
        s.append('[');
        String sep = "";
        if (ripRelative) {
            s.append("rip");
            sep = "+";
        }
        if (base != null) {
            s.append(base);
            sep = "+";
        }
        if (index != null) {
            s.append(sep).append(index);
            if (scale != 1 || base == null) {
                s.append('*').append(scale);
            }
            sep = "+";
        }
        if (label != null) {
            s.append(sep).append(label);
        } else if (ref != null) {
            s.append(sep).append(ref);
        } else if (disp != 0 || sep.isEmpty()) {
            if (disp < 0 && !sep.isEmpty()) {
                s.append("-0x").append(Long.toHexString(-disp));
            } else {
                s.append(sep).append("0x").append(Long.toHexString(disp));
            }
        }
        return s.append(']').toString();
    }
}
