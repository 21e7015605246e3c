package org.torito.compiler.asm;

/**
 * A general-purpose register of one width: {@code rax}, {@code eax}, {@code ax}, {@code al}, {@code ah}, …
 * {@code r15b}. The {@linkplain #number() number} is the 4-bit encoding (bit 3 goes into REX).
 */
public final class Gpr implements Operand {
    private static final String[] NAMES64 = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"};
    private static final String[] NAMES8 = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};
    private static final String[] NAMES8_HIGH = {"ah", "ch", "dh", "bh"};

    private static final Gpr[][] BY_WIDTH = new Gpr[4][16];
    private static final Gpr[] HIGH_BYTES = new Gpr[4];

    static {
        for (int n = 0; n < 16; n++) {
            String base = n < 8 ? NAMES64[n].substring(1) : "r" + n;
            BY_WIDTH[3][n] = new Gpr(n, 64, n < 8 ? "r" + base : base, false);
            BY_WIDTH[2][n] = new Gpr(n, 32, n < 8 ? "e" + base : base + "d", false);
            BY_WIDTH[1][n] = new Gpr(n, 16, n < 8 ? base : base + "w", false);
            BY_WIDTH[0][n] = new Gpr(n, 8, n < 8 ? NAMES8[n] : base + "b", false);
        }
        for (int n = 0; n < 4; n++) {
            HIGH_BYTES[n] = new Gpr(n + 4, 8, NAMES8_HIGH[n], true);
        }
    }

    public static final Gpr RAX = of(0, 64), RCX = of(1, 64), RDX = of(2, 64), RBX = of(3, 64);
    public static final Gpr RSP = of(4, 64), RBP = of(5, 64), RSI = of(6, 64), RDI = of(7, 64);
    public static final Gpr R8 = of(8, 64), R9 = of(9, 64), R10 = of(10, 64), R11 = of(11, 64);
    public static final Gpr R12 = of(12, 64), R13 = of(13, 64), R14 = of(14, 64), R15 = of(15, 64);
    public static final Gpr EAX = of(0, 32), ECX = of(1, 32), EDX = of(2, 32), EBX = of(3, 32);
    public static final Gpr ESP = of(4, 32), EBP = of(5, 32), ESI = of(6, 32), EDI = of(7, 32);
    public static final Gpr R8D = of(8, 32), R9D = of(9, 32), R10D = of(10, 32), R11D = of(11, 32);
    public static final Gpr R12D = of(12, 32), R13D = of(13, 32), R14D = of(14, 32), R15D = of(15, 32);
    public static final Gpr AX = of(0, 16), CX = of(1, 16), DX = of(2, 16), BX = of(3, 16);
    public static final Gpr SP = of(4, 16), BP = of(5, 16), SI = of(6, 16), DI = of(7, 16);
    public static final Gpr AL = of(0, 8), CL = of(1, 8), DL = of(2, 8), BL = of(3, 8);
    public static final Gpr SPL = of(4, 8), BPL = of(5, 8), SIL = of(6, 8), DIL = of(7, 8);
    public static final Gpr AH = HIGH_BYTES[0], CH = HIGH_BYTES[1], DH = HIGH_BYTES[2], BH = HIGH_BYTES[3];

    private final int number;
    private final int bits;
    private final String name;
    private final boolean highByte;

    private Gpr(int number, int bits, String name, boolean highByte) {
        this.number = number;
        this.bits = bits;
        this.name = name;
        this.highByte = highByte;
    }

    /** The register with encoding {@code number} (0-15) and width {@code bits} (8, 16, 32, 64). */
    public static Gpr of(int number, int bits) {
        if (number < 0 || number > 15) {
            throw new IllegalArgumentException("no general-purpose register number " + number);
        }
        int index = Integer.numberOfTrailingZeros(bits) - 3;
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new IllegalArgumentException("no " + bits + "-bit general-purpose registers");
        }
        return BY_WIDTH[index][number];
    }

    /** {@code ah}, {@code ch}, {@code dh} or {@code bh} for {@code index} 0-3. */
    public static Gpr highByte(int index) {
        return HIGH_BYTES[index];
    }

    /** The 4-bit register number in instruction encodings. */
    public int number() {
        return number;
    }

    public int bits() {
        return bits;
    }

    /** The same register at another width ({@code eax.withBits(64)} is {@code rax}). */
    public Gpr withBits(int newBits) {
        if (highByte) {
            throw new IllegalArgumentException(name + " has no other widths");
        }
        return of(number, newBits);
    }

    /** {@code ah}..{@code bh}: addressable only without a REX prefix. */
    public boolean isHighByte() {
        return highByte;
    }

    /** {@code spl}..{@code dil}: addressable only with a REX prefix. */
    boolean needsRex() {
        return bits == 8 && !highByte && number >= 4 && number < 8;
    }

    @Override
    public String toString() {
        return name;
    }
}
