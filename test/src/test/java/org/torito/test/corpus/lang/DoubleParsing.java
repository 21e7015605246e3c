package org.torito.test.corpus.lang;

/** Double.parseDouble of decimal, scientific and hexadecimal strings, rounding ties, and the errors it reports. */
public final class DoubleParsing {
    private DoubleParsing() {
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "1", "+1.5", ".5", "5.", "1e10", "1E-10", "1.7976931348623157e308",
            "1.7976931348623159e308", "1e309", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "1e-400", "0.1", "0.30000000000000004", "9007199254740993", "9007199254740995", "123456789012345678901234567890",
            "0x1p0", "0x1.8p1", "-0x.1p-4", "0x1.fffffffffffffp1023", "0x1p-1074", "0X10P+2", "Infinity", "-Infinity",
            "+NaN", "  3.25  ", "\t7\n", "2d", "2F", "1_0", "1,5", "0x1.0", "e5", "1e+", "NaN1", "infinity", "",
            "2.2250738585072012e-308", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124"};
        for (String in : inputs) {
            try {
                double d = Double.parseDouble(in);
                System.out.println("[" + in.strip() + "] " + d + " " + Long.toHexString(Double.doubleToLongBits(d)));
            } catch (NumberFormatException e) {
                System.out.println("[" + in.strip() + "] NFE " + e.getMessage());
            }
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("null: NullPointerException");
        }
        System.out.println(Double.valueOf("1e3") + " " + Double.valueOf(2.5).intValue() + " "
                + Double.valueOf(-2.5).longValue() + " " + Double.valueOf(1e20).intValue() + " "
                + Double.valueOf(Double.NaN).longValue() + " " + Double.valueOf(3.99).byteValue());
        double total = 0;
        for (String price : "19.99;5.01;0.10;100;-3.5e1".split(";")) {
            total += Double.parseDouble(price);
        }
        System.out.println(total + " " + Math.round(total * 100) / 100.0);
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(-1 / 0.0) + " " + Double.isFinite(1e308)
                + " " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Double.sum(0.1, 0.2));
    }
}
