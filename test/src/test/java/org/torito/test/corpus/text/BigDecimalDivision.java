package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal divide: exact quotients and their scale, non-terminating expansions, scale and MathContext variants. */
public final class BigDecimalDivision {
    private BigDecimalDivision() {
    }

    private static void exact(String x, String y) {
        try {
            BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y));
            System.out.println(x + " / " + y + " = " + q + " (scale " + q.scale() + ")");
        } catch (ArithmeticException e) {
            System.out.println(x + " / " + y + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        exact("1", "8");
        exact("1.00", "4");
        exact("10", "0.25");
        exact("1", "3");
        exact("22", "7");
        exact("-7.5", "2.5");
        exact("0", "5.000");
        exact("1E+5", "3.2");
        exact("5", "0");
        exact("0", "0");
        exact("0.00", "0.0");
        BigDecimal one = BigDecimal.ONE;
        BigDecimal three = new BigDecimal("3");
        System.out.println("1/3 scale 10 HALF_UP " + one.divide(three, 10, RoundingMode.HALF_UP));
        System.out.println("2/3 scale 5 DOWN " + new BigDecimal(2).divide(three, 5, RoundingMode.DOWN));
        System.out.println("2/3 mode only " + new BigDecimal("2.00").divide(three, RoundingMode.HALF_EVEN));
        MathContext[] contexts = {MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128,
            new MathContext(3), new MathContext(5, RoundingMode.CEILING), MathContext.UNLIMITED};
        for (MathContext mc : contexts) {
            try {
                System.out.println(mc + ": 1/7=" + one.divide(new BigDecimal(7), mc) + " 22/7=" + new BigDecimal(22).divide(new BigDecimal(7), mc));
            } catch (ArithmeticException e) {
                System.out.println(mc + ": " + e.getMessage());
            }
        }
        MathContext mc4 = new MathContext(4, RoundingMode.HALF_EVEN);
        BigDecimal v = new BigDecimal("123456.789");
        System.out.println("round 4 " + v.round(mc4) + " add " + v.add(one, mc4) + " multiply " + v.multiply(v, mc4) + " pow " + v.pow(3, mc4));
        System.out.println("parse context: " + new MathContext("precision=7 roundingMode=HALF_DOWN") + " prec "
                + mc4.getPrecision() + " " + mc4.getRoundingMode());
        BigDecimal x = new BigDecimal("-17.5");
        BigDecimal y = new BigDecimal("4");
        System.out.println("divideToIntegralValue " + x.divideToIntegralValue(y) + " remainder " + x.remainder(y));
        BigDecimal[] qr = new BigDecimal("100.00").divideAndRemainder(new BigDecimal("0.3"));
        System.out.println("100.00 divrem 0.3 = " + qr[0] + " r " + qr[1]);
        try {
            new BigDecimal("1e10").divideToIntegralValue(new BigDecimal("3"), new MathContext(3));
        } catch (ArithmeticException e) {
            System.out.println("divideToIntegralValue: " + e.getMessage());
        }
        BigDecimal pi = BigDecimal.ZERO;
        MathContext mc = new MathContext(30);
        for (int k = 0; k < 12; k++) {
            BigDecimal term = new BigDecimal(4).divide(new BigDecimal(8 * k + 1), mc)
                    .subtract(new BigDecimal(2).divide(new BigDecimal(8 * k + 4), mc))
                    .subtract(one.divide(new BigDecimal(8 * k + 5), mc))
                    .subtract(one.divide(new BigDecimal(8 * k + 6), mc));
            pi = pi.add(term.divide(new BigDecimal(16).pow(k), mc), mc);
        }
        System.out.println("pi by BBP to 30 digits: " + pi);
    }
}
