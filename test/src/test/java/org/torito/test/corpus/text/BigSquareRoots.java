package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Integer and decimal square roots: BigInteger.sqrt and sqrtAndRemainder, BigDecimal.sqrt at several precisions. */
public final class BigSquareRoots {
    private BigSquareRoots() {
    }

    public static void main(String[] args) {
        String[] values = {"0", "1", "2", "99", "100", "123456789012345678901234567890", "98765432109876543210987654321098765"};
        for (String s : values) {
            BigInteger v = new BigInteger(s);
            BigInteger[] sr = v.sqrtAndRemainder();
            System.out.println("sqrt(" + s + ") = " + v.sqrt() + " remainder " + sr[1] + " check "
                    + sr[0].multiply(sr[0]).add(sr[1]).equals(v));
        }
        System.out.println("sqrt(10^41) = " + BigInteger.TEN.pow(41).sqrt());
        try {
            BigInteger.valueOf(-4).sqrt();
        } catch (ArithmeticException e) {
            System.out.println("sqrt: " + e.getMessage());
        }
        int[] precisions = {1, 5, 16, 34, 50};
        for (int p : precisions) {
            MathContext mc = new MathContext(p, RoundingMode.HALF_EVEN);
            System.out.println("sqrt(2) to " + p + ": " + new BigDecimal(2).sqrt(mc) + " sqrt(0.0144) " + new BigDecimal("0.0144").sqrt(mc)
                    + " sqrt(1E+10) " + new BigDecimal("1E+10").sqrt(mc));
        }
        try {
            new BigDecimal("-1").sqrt(MathContext.DECIMAL64);
        } catch (ArithmeticException e) {
            System.out.println("BigDecimal sqrt: " + e.getMessage());
        }
        System.out.println("exact " + new BigDecimal("6.25").sqrt(MathContext.UNLIMITED));
    }
}
