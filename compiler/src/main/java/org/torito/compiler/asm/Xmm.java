package org.torito.compiler.asm;

/** An SSE register, {@code xmm0}..{@code xmm15} (xmm8 and up only in 64-bit mode). */
public final class Xmm implements Operand {
    private static final Xmm[] ALL = new Xmm[16];

    static {
        for (int n = 0; n < 16; n++) {
            ALL[n] = new Xmm(n);
        }
    }

    public static final Xmm XMM0 = ALL[0], XMM1 = ALL[1], XMM2 = ALL[2], XMM3 = ALL[3];
    public static final Xmm XMM4 = ALL[4], XMM5 = ALL[5], XMM6 = ALL[6], XMM7 = ALL[7];
    public static final Xmm XMM8 = ALL[8], XMM9 = ALL[9], XMM10 = ALL[10], XMM11 = ALL[11];
    public static final Xmm XMM12 = ALL[12], XMM13 = ALL[13], XMM14 = ALL[14], XMM15 = ALL[15];

    private final int number;

    private Xmm(int number) {
        this.number = number;
    }

    public static Xmm of(int number) {
        if (number < 0 || number > 15) {
            throw new IllegalArgumentException("no register xmm" + number);
        }
        return ALL[number];
    }

    public int number() {
        return number;
    }

    @Override
    public String toString() {
        return "xmm" + number;
    }
}
