package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** setScale and round with every RoundingMode over the javadoc's table of values, and UNNECESSARY's failure. */
public final class BigDecimalRounding {
    private BigDecimalRounding() {
    }

    public static void main(String[] args) {
        String[] inputs = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.05"};
        StringBuilder header = new StringBuilder(String.format("%6s", "x"));
        for (RoundingMode mode : RoundingMode.values()) {
            header.append(String.format(" %11s", mode));
        }
        System.out.println(header);
        for (String in : inputs) {
            BigDecimal x = new BigDecimal(in);
            StringBuilder row = new StringBuilder(String.format("%6s", in));
            for (RoundingMode mode : RoundingMode.values()) {
                String cell;
                try {
                    cell = x.setScale(0, mode).toString();
                } catch (ArithmeticException e) {
                    cell = "throws";
                }
                row.append(String.format(" %11s", cell));
            }
            System.out.println(row);
        }
        BigDecimal price = new BigDecimal("2.675");
        for (int scale = 3; scale >= -2; scale--) {
            System.out.println("2.675 scale " + scale + ": " + price.setScale(scale, RoundingMode.HALF_UP) + " "
                    + price.setScale(scale, RoundingMode.HALF_EVEN) + " " + price.setScale(scale, RoundingMode.DOWN));
        }
        System.out.println("widen: " + price.setScale(6) + " " + new BigDecimal("7").setScale(2));
        try {
            price.setScale(2);
        } catch (ArithmeticException e) {
            System.out.println("setScale(2): " + e.getMessage());
        }
        try {
            price.setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        System.out.println("valueOf names: " + RoundingMode.valueOf("HALF_DOWN") + " " + RoundingMode.valueOf(2)
                + " ordinal " + RoundingMode.HALF_EVEN.ordinal());
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), 20, RoundingMode.HALF_UP);
        for (int s = 0; s <= 20; s += 4) {
            System.out.println("1/3 to " + s + ": " + third.setScale(s, RoundingMode.HALF_UP) + " up " + third.setScale(s, RoundingMode.UP));
        }
        BigDecimal[] amounts = {new BigDecimal("0.125"), new BigDecimal("0.135"), new BigDecimal("-0.125"), new BigDecimal("999.995")};
        for (BigDecimal amt : amounts) {
            System.out.println(amt + " -> half_even " + amt.setScale(2, RoundingMode.HALF_EVEN) + ", half_down "
                    + amt.setScale(2, RoundingMode.HALF_DOWN) + ", ceiling " + amt.setScale(2, RoundingMode.CEILING)
                    + ", floor " + amt.setScale(2, RoundingMode.FLOOR));
        }
    }
}
