package org.torito.test.corpus.lang;

/** Integer.parseInt, valueOf, decode and parseUnsignedInt in several radixes, with NumberFormatException messages. */
public final class IntegerParsing {
    private IntegerParsing() {
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+7", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "",
            "-", "+", "12a", " 12", "12 ", "0x1F", "007", "99999999999", "1_000", "٣"};
        for (String in : inputs) {
            System.out.println("[" + in + "] " + parse(in, 10) + " | " + parse(in, 16) + " | " + unsigned(in));
        }
        System.out.println(parse("1111111111111111111111111111111", 2) + " " + parse("-10000000000000000000000000000000", 2)
                + " " + parse("zik0zj", 36) + " " + parse("zik0zk", 36) + " " + parse("777", 8) + " " + parse("8", 8));
        System.out.println(parse("10", 1) + " " + parse("10", 37));
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }
        String[] decodes = {"0x7f", "0X7F", "#ff", "-#10", "010", "-010", "0", "+0x10", "0x", "--1", "0x80000000",
            "-0x80000000", "08"};
        for (String d : decodes) {
            try {
                System.out.println("decode " + d + " = " + Integer.decode(d));
            } catch (NumberFormatException e) {
                System.out.println("decode " + d + ": " + e.getMessage());
            }
        }
        System.out.println(Integer.valueOf("-55") + Integer.valueOf("1f", 16) + " " + Short.parseShort("-32768") + " "
                + Byte.parseByte("7f", 16));
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("short: " + e.getMessage());
        }
        try {
            Byte.parseByte("-129");
        } catch (NumberFormatException e) {
            System.out.println("byte: " + e.getMessage());
        }
        System.out.println(Integer.parseInt("xx123yy", 2, 5, 10) + " " + Integer.parseUnsignedInt("ffffffff", 16));
        try {
            Integer.parseInt("123", 2, 9, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("range: " + e.getClass().getSimpleName());
        }
        int total = 0;
        for (String tok : "12, -7, 30, oops, 5".split(",\\s*")) {
            try {
                total += Integer.parseInt(tok);
            } catch (NumberFormatException e) {
                System.out.println("skip " + e.getMessage());
            }
        }
        System.out.println("total " + total);
    }

    private static String parse(String s, int radix) {
        try {
            return String.valueOf(Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }

    private static String unsigned(String s) {
        try {
            return String.valueOf(Integer.parseUnsignedInt(s));
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }
}
