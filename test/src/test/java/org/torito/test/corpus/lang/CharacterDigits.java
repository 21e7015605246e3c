package org.torito.test.corpus.lang;

/** Character.digit, forDigit and getNumericValue in many radixes and scripts; parsing non-ASCII digits. */
public final class CharacterDigits {
    private CharacterDigits() {
    }

    public static void main(String[] args) {
        int[] cps = {'0', '7', '9', 'a', 'f', 'F', 'z', 'Z', '/', ':', '@', '[', '`', '{', 0x663, 0x6F4, 0x966,
            0x9EF, 0xE55, 0xFF11, 0xFF41, 0xFF3A, 0x2160, 0x216C, 0xBD, 0xB2, 0x2460, 0x5341, 0x1D7CE, 0x104A0};
        for (int cp : cps) {
            System.out.printf("U+%04X d10=%d d16=%d d36=%d d2=%d num=%d isDigit=%b type=%d%n", cp,
                    Character.digit(cp, 10), Character.digit(cp, 16), Character.digit(cp, 36),
                    Character.digit(cp, 2), Character.getNumericValue(cp), Character.isDigit(cp),
                    Character.getType(cp));
        }
        System.out.println(Character.digit('5', 1) + " " + Character.digit('5', 37) + " " + Character.digit('z', 35));
        StringBuilder b = new StringBuilder();
        for (int radix : new int[] {2, 8, 10, 16, 36, 37, 1}) {
            b.append(radix).append(':');
            for (int d = -1; d <= 36; d += 5) {
                char c = Character.forDigit(d, radix);
                b.append(c == '\0' ? "_" : String.valueOf(c));
            }
            b.append(' ');
        }
        System.out.println(b);
        String[] numbers = {"١٢٣", "१२३४", "１２３", "๕๐", "-٧", "+०", "12٣", "߀߁"};
        for (String n : numbers) {
            try {
                System.out.println(n + " -> " + Integer.parseInt(n) + " " + Long.parseLong(n, 16));
            } catch (NumberFormatException e) {
                System.out.println(n + " -> " + e.getMessage());
            }
        }
        try {
            System.out.println(Integer.parseInt("ｆｆ", 16));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Integer.parseInt("zz", 36) + " " + Integer.parseInt("ZZ", 36) + " "
                + Integer.toString(1295, 36) + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        System.out.println(decimalValue("٣.١٤"));
    }

    private static String decimalValue(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = Character.digit(c, 10);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b + " = " + Double.parseDouble(b.toString());
    }
}
