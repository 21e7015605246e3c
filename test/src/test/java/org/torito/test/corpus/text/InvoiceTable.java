package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A printed invoice: aligned columns with printf, BigDecimal money, totals, tax and a grouped grand total. */
public final class InvoiceTable {
    private InvoiceTable() {
    }

    private record Line(String item, int quantity, BigDecimal unitPrice) {
        BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public static void main(String[] args) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Widget", 12, new BigDecimal("3.75")));
        lines.add(new Line("Gadget (large)", 1, new BigDecimal("1299.99")));
        lines.add(new Line("Crème brûlée kit", 3, new BigDecimal("24.50")));
        lines.add(new Line("Screws, 100 pack", 250, new BigDecimal("0.89")));
        lines.add(new Line("Refund: damaged", -2, new BigDecimal("3.75")));
        lines.add(new Line("A very long item description that gets cut", 7, new BigDecimal("10")));

        String rule = "-".repeat(58);
        System.out.printf("%-4s %-24s %6s %10s %10s%n", "#", "Item", "Qty", "Price", "Amount");
        System.out.println(rule);
        BigDecimal subtotal = BigDecimal.ZERO;
        int n = 0;
        for (Line line : lines) {
            n++;
            BigDecimal amount = line.amount();
            subtotal = subtotal.add(amount);
            System.out.printf("%-4d %-24.24s %6d %10.2f %,10.2f%n", n, line.item(), line.quantity(),
                    line.unitPrice(), amount);
        }
        System.out.println(rule);
        BigDecimal taxRate = new BigDecimal("0.0825");
        BigDecimal tax = subtotal.multiply(taxRate).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal total = subtotal.add(tax);
        System.out.printf("%46s %,11.2f%n", "Subtotal", subtotal);
        System.out.printf("%46s %,11.2f%n", String.format("Tax %.2f%%", taxRate.movePointRight(2)), tax);
        System.out.printf("%46s %,11.2f%n", "Total", total);
        System.out.printf("%46s %11s%n", "Total (plain)", total.toPlainString());

        BigDecimal[] split = total.divideAndRemainder(BigDecimal.valueOf(3));
        BigDecimal share = total.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
        BigDecimal last = total.subtract(share.multiply(BigDecimal.valueOf(2)));
        System.out.printf("three payers: %s + %s + %s (quotient %s, remainder %s)%n", share, share, last,
                split[0], split[1]);
        int cents = total.movePointRight(2).intValueExact();
        System.out.printf("in cents: %,d; dollars %d and %02d cents%n", cents, cents / 100, cents % 100);
        System.out.printf("%-10s|%10s|%n", "left", "right");
        System.out.printf("%s%n", "=".repeat(20));
    }
}
