package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** compareTo versus equals, stripTrailingZeros, and toString, toPlainString and toEngineeringString of many scales. */
public final class BigDecimalComparison {
    private BigDecimalComparison() {
    }

    public static void main(String[] args) {
        String[] pairs = {"2.0", "2.00", "0", "0.000", "-0", "0", "1E+2", "100", "1.10", "1.1", "-3", "3"};
        for (int i = 0; i < pairs.length; i += 2) {
            BigDecimal x = new BigDecimal(pairs[i]);
            BigDecimal y = new BigDecimal(pairs[i + 1]);
            System.out.println(x + " vs " + y + ": compareTo " + x.compareTo(y) + ", equals " + x.equals(y)
                    + ", hash " + x.hashCode() + "/" + y.hashCode() + ", stripped equal "
                    + x.stripTrailingZeros().equals(y.stripTrailingZeros()));
        }
        List<BigDecimal> list = new ArrayList<>();
        for (String s : new String[] {"1.0", "1", "1.00", "0.5", "2", "2.000", "-1", "1E+1", "10"}) {
            list.add(new BigDecimal(s));
        }
        Set<BigDecimal> hashed = new HashSet<>(list);
        Set<BigDecimal> sorted = new TreeSet<>(list);
        Collections.sort(list);
        System.out.println("sorted list " + list + "; HashSet size " + hashed.size() + "; TreeSet " + sorted);
        String[] texts = {"0", "0.00", "123.4500", "-0.000120", "1E+3", "1.23E-10", "12345678901234567890E-5", "100",
            "1E+5", "0E-10", "0E+3", "-4.5E+8", "0.0000001", "1234.5E-4", "9.9E+20"};
        for (String t : texts) {
            BigDecimal d = new BigDecimal(t);
            System.out.println(String.format("%-24s %-22s %-24s %-16s %s", t, d, d.toPlainString(), d.toEngineeringString(),
                    d.stripTrailingZeros()));
        }
        for (int scale = -8; scale <= 8; scale += 2) {
            BigDecimal d = BigDecimal.valueOf(12345, scale);
            System.out.println("12345 scale " + scale + ": " + d + " | " + d.toPlainString() + " | " + d.toEngineeringString());
        }
        BigDecimal z = new BigDecimal("0.000").stripTrailingZeros();
        System.out.println("stripped zero " + z + " scale " + z.scale() + "; 600 stripped " + new BigDecimal("600").stripTrailingZeros()
                + " plain " + new BigDecimal("600").stripTrailingZeros().toPlainString());
        System.out.println("signum/precision of 0E+3: " + new BigDecimal("0E+3").signum() + " " + new BigDecimal("0E+3").precision());
        System.out.println(BigDecimal.ONE.equals(BigDecimal.valueOf(1)) + " " + BigDecimal.TEN.compareTo(new BigDecimal("1E1"))
                + " " + new BigDecimal("1.0").equals(BigDecimal.ONE));
    }
}
