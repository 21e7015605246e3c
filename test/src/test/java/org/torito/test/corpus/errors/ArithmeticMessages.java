package org.torito.test.corpus.errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** ArithmeticException messages: division by zero, the exact methods' overflows, BigInteger and BigDecimal. */
public final class ArithmeticMessages {
    private ArithmeticMessages() {
    }

    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int zero = args.length;
        long zeroL = zero;
        attempt("7 / 0", () -> 7 / zero);
        attempt("-7 % 0", () -> -7 % zero);
        attempt("7L / 0", () -> 7L / zeroL);
        attempt("MIN / -1", () -> Integer.MIN_VALUE / -1);
        attempt("7.0 / 0", () -> 7.0 / zero);
        attempt("addExact", () -> Math.addExact(Integer.MAX_VALUE, 1));
        attempt("subtractExact", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        attempt("multiplyExact", () -> Math.multiplyExact(1 << 16, 1 << 15));
        attempt("multiplyExact long", () -> Math.multiplyExact(Long.MAX_VALUE / 2, 3L));
        attempt("incrementExact", () -> Math.incrementExact(Integer.MAX_VALUE));
        attempt("negateExact", () -> Math.negateExact(Long.MIN_VALUE));
        attempt("toIntExact", () -> Math.toIntExact(1L << 31));
        attempt("floorDiv", () -> Math.floorDiv(-7, zero));
        attempt("floorMod", () -> Math.floorMod(7L, zeroL));
        attempt("floorDiv ok", () -> Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));
        attempt("Integer.divideUnsigned", () -> Integer.divideUnsigned(5, zero));
        attempt("BigInteger divide", () -> BigInteger.TEN.divide(BigInteger.ZERO));
        attempt("BigInteger mod", () -> BigInteger.TEN.mod(BigInteger.valueOf(-3)));
        attempt("BigInteger modInverse", () -> BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9)));
        attempt("BigInteger pow", () -> BigInteger.TWO.pow(-1));
        attempt("BigInteger intValueExact", () -> BigInteger.ONE.shiftLeft(40).intValueExact());
        attempt("BigDecimal 1/3", () -> BigDecimal.ONE.divide(BigDecimal.valueOf(3)));
        attempt("BigDecimal 1/3 mc", () -> BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL32));
        attempt("BigDecimal /0", () -> BigDecimal.ONE.divide(BigDecimal.ZERO));
        attempt("BigDecimal 0/0", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        attempt("setScale", () -> new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY));
        attempt("intValueExact", () -> new BigDecimal("2.5").intValueExact());
        attempt("longValueExact", () -> new BigDecimal("1e30").longValueExact());
        try {
            System.out.println(Math.addExact(2_000_000_000, 2_000_000_000));
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
    }
}
