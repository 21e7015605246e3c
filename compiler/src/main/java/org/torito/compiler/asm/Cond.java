package org.torito.compiler.asm;

/**
 * Condition codes of {@code jcc}, {@code setcc} and {@code cmovcc}; the ordinal is the 4-bit code added to
 * the opcode (SDM Vol. 1 Appendix B). Names are the Intel mnemonics' suffixes.
 */
public enum Cond {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    /** Aliases that read better at the use site: unsigned below/above, zero tests, carry. */
    public static final Cond C = B, NC = AE, Z = E, NZ = NE;

    public int code() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not. */
    public Cond negate() {
        return values()[ordinal() ^ 1];
    }

    /** The mnemonic suffix, as in {@code jne}. */
    public String suffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
