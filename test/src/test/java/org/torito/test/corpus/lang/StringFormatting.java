package org.torito.test.corpus.lang;

/** String.format with widths, flags, precisions and conversions for integers, floats, strings and booleans. */
public final class StringFormatting {
    private StringFormatting() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 42, -42, 255, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [%x] [%X] [%o] [%#x] [%#o]",
                    i, i, i, i, i, i, i, i, i, i, i, i));
        }
        long big = Long.MIN_VALUE;
        System.out.println(String.format("%d %x %,d %020d", big, big, Long.MAX_VALUE, 123456789012L));
        double[] doubles = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-5, 1e20, 0.125, 2.5, 3.5,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : doubles) {
            System.out.println(String.format("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%.0f|%,.2f|%+.1f",
                    d, d, d, d, d, d, d, d, d, d));
        }
        System.out.println(String.format("%.1f %.1f %.1f %.1f", 0.05, 0.15, 0.25, 0.35));
        System.out.println(String.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5));
        System.out.println(String.format("%a %a %a", 1.0, 0.1, -2.5));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S]", "text", "right", "left", "truncate",
                "upper ß"));
        System.out.println(String.format("%s %s %s", null, true, 'c'));
        System.out.println(String.format("%b %b %b %B", null, "x", false, true));
        System.out.println(String.format("%c %c %c %C", 'a', 0x1F600, (int) 'é', 'ß'));
        System.out.println(String.format("%h %h", "hello", 42));
        System.out.println(String.format("100%% %n").length());
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format("%08.2f|%-8b|%8c|", -3.14159, true, 'z'));
        System.out.println("%d items at %.2f each".formatted(3, 9.999));
        System.out.printf("%s=%d%n", "printf", 7);
        String[] bad = {"%d", "%q", "%.2d", "%-d", "%#s", "%5"};
        for (String f : bad) {
            try {
                System.out.println(String.format(f, f.equals("%d") ? "str" : (Object) 5));
            } catch (java.util.IllegalFormatException e) {
                System.out.println(f + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            String.format("%s %s", "one");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("missing: " + e.getMessage());
        }
    }
}
