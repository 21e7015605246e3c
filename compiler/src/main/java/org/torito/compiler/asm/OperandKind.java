package org.torito.compiler.asm;

/**
 * The operand kinds of the instruction table, in the Intel manual's notation: {@code r32}, {@code r/m32},
 * {@code imm8}, {@code xmm/m64}, … . A kind decides whether a concrete {@link Operand} fits a
 * {@link Form}; immediate kinds look at the form's operand width, because GNU as (and we) read an
 * immediate modulo that width: {@code add ax, 0xffff} is {@code add ax, -1}.
 */
enum OperandKind {
    R8, R16, R32, R64,
    RM8, RM16, RM32, RM64,
    /** A memory operand of any size or none: {@code lea}, {@code lgdt}, {@code fxsave}. */
    M,
    M8, M16, M32, M48, M64, M80, M128,
    /** An absolute address without registers, for the {@code A0}-{@code A3} moffs forms of mov. */
    MOFFS,
    AL, AX, EAX, RAX, CL, DX,
    XMM, XMM_M32, XMM_M64, XMM_M128,
    SREG, CREG,
    /** An 8-bit immediate taken as unsigned or signed: {@code int 0x80}, {@code shl eax, 5}. */
    IB,
    /** An 8-bit immediate sign-extended to the operand width: {@code add eax, -1} (83 /0 ib). */
    IBS,
    /** A 16-bit immediate: {@code ret 8}. */
    IW,
    /** imm16 for 16-bit operands, imm32 for 32-bit ones, imm32 sign-extended for 64-bit ones. */
    IZ,
    /** A full 64-bit immediate: {@code movabs}. */
    IQ,
    /** The constant 1 of the shift-by-one forms; not encoded. */
    ONE,
    /** The constant 3 of {@code int 3}, which GNU as writes as the one-byte {@code int3}; not encoded. */
    THREE,
    /** A branch target: a {@link Label} or a {@link Ref}. */
    REL,
    /** A {@code selector:offset} pair. */
    FAR;

    boolean isImmediate() {
        return this == IB || this == IBS || this == IW || this == IZ || this == IQ || this == ONE || this == THREE;
    }

    /** Kinds that take the ModRM r/m field when a form has two register-like operands. */
    boolean allowsMemory() {
        return switch (this) {
            case RM8, RM16, RM32, RM64, M, M8, M16, M32, M48, M64, M80, M128, XMM_M32, XMM_M64, XMM_M128 -> true;
            default -> false;
        };
    }

    /** Does {@code op} fit this kind in {@code form}? {@code width} is the form's operand width in bits. */
    boolean matches(Operand op, int width) {
        return switch (this) {
            case R8 -> isGpr(op, 8);
            case R16 -> isGpr(op, 16);
            case R32 -> isGpr(op, 32);
            case R64 -> isGpr(op, 64);
            case RM8 -> isGpr(op, 8) || isMem(op, 8, false);
            case RM16 -> isGpr(op, 16) || isMem(op, 16, false);
            case RM32 -> isGpr(op, 32) || isMem(op, 32, false);
            case RM64 -> isGpr(op, 64) || isMem(op, 64, false);
            case M -> op instanceof Mem;
            case M8 -> isMem(op, 8, true);
            case M16 -> isMem(op, 16, true);
            case M32 -> isMem(op, 32, true);
            case M48 -> isMem(op, 48, true);
            case M64 -> isMem(op, 64, true);
            case M80 -> isMem(op, 80, true);
            case M128 -> isMem(op, 128, true);
            case MOFFS -> op instanceof Mem m && m.isAbsolute() && m.ref() == null && m.bits() == width;
            case AL -> isGpr(op, 8) && ((Gpr) op).number() == 0 && !((Gpr) op).isHighByte();
            case AX -> isGpr(op, 16) && ((Gpr) op).number() == 0;
            case EAX -> isGpr(op, 32) && ((Gpr) op).number() == 0;
            case RAX -> isGpr(op, 64) && ((Gpr) op).number() == 0;
            case CL -> op == Gpr.CL;
            case DX -> op == Gpr.DX;
            case XMM -> op instanceof Xmm;
            case XMM_M32 -> op instanceof Xmm || isMem(op, 32, true);
            case XMM_M64 -> op instanceof Xmm || isMem(op, 64, true);
            case XMM_M128 -> op instanceof Xmm || isMem(op, 128, true);
            case SREG -> op instanceof SegmentRegister;
            case CREG -> op instanceof ControlRegister;
            case IB -> isNumber(op) && fits(value(op), -0x80, 0xFF);
            case IBS -> isNumber(op) && fits(signExtend(value(op), width), -0x80, 0x7F) && fitsWidth(value(op), width);
            case IW -> isNumber(op) && fits(value(op), -0x8000, 0xFFFF);
            case IZ -> op instanceof Imm imm && (!imm.isNumber() || fitsIz(imm.value(), width));
            case IQ -> op instanceof Imm;
            case ONE -> isNumber(op) && value(op) == 1;
            case THREE -> isNumber(op) && value(op) == 3;
            case REL -> op instanceof Label || op instanceof Ref;
            case FAR -> op instanceof FarPointer;
        };
    }

    private static boolean isGpr(Operand op, int bits) {
        return op instanceof Gpr r && r.bits() == bits;
    }

    private static boolean isMem(Operand op, int bits, boolean unsizedToo) {
        return op instanceof Mem m && (m.bits() == bits || unsizedToo && m.bits() == 0);
    }

    private static boolean isNumber(Operand op) {
        return op instanceof Imm imm && imm.isNumber();
    }

    private static long value(Operand op) {
        return ((Imm) op).value();
    }

    private static boolean fits(long value, long min, long max) {
        return value >= min && value <= max;
    }

    /** An immediate written for a {@code width}-bit operand may be given signed or unsigned. */
    static boolean fitsWidth(long value, int width) {
        return width >= 64 || width == 0 || fits(value, -(1L << (width - 1)), (1L << width) - 1);
    }

    /** The immediate as the processor sees it in a {@code width}-bit operation. */
    static long signExtend(long value, int width) {
        return width == 0 || width >= 64 ? value : value << (64 - width) >> (64 - width);
    }

    private static boolean fitsIz(long value, int width) {
        return width == 64 ? fits(value, Integer.MIN_VALUE, Integer.MAX_VALUE) : fitsWidth(value, width);
    }
}
