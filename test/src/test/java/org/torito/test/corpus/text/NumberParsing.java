package org.torito.test.corpus.text;

/** Double, Float, Integer and Long parsing from text: accepted forms, whitespace, hex, and the error messages. */
public final class NumberParsing {
    private NumberParsing() {
    }

    private static void parseDouble(String s) {
        try {
            System.out.println("double [" + s + "] -> " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("double [" + s + "] -> NumberFormatException: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("double [" + s + "] -> NullPointerException");
        }
    }

    private static void parseInt(String s, int radix) {
        try {
            System.out.println("int [" + s + "] radix " + radix + " -> " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("int [" + s + "] radix " + radix + " -> NumberFormatException: " + e.getMessage());
        }
    }

    private static void parseLong(String s) {
        try {
            System.out.println("long [" + s + "] -> " + Long.parseLong(s) + " / decode " + Long.decode(s));
        } catch (NumberFormatException e) {
            System.out.println("long [" + s + "] -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] doubles = {"1", "-1.5", "+.5", "5.", " 42 ", "1e10", "1E-10", "1e400", "-1e-400", "NaN", "-Infinity",
            "Infinity", "0x1p3", "0x1.8P-1", "1d", "2.5F", "1_000", "", " ", "abc", "1e", "--1", "0x", "١٢", null,
            "4.9e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308"};
        for (String s : doubles) {
            parseDouble(s);
        }
        parseInt("123", 10);
        parseInt("-80000000", 16);
        parseInt("80000000", 16);
        parseInt("zz", 36);
        parseInt("2147483648", 10);
        parseInt("-2147483648", 10);
        parseInt("+7", 8);
        parseInt("8", 8);
        parseInt("", 10);
        parseInt("-", 10);
        parseInt("1", 37);
        parseInt("١٢٣", 10);
        parseLong("9223372036854775807");
        parseLong("9223372036854775808");
        parseLong("-0x10");
        parseLong("#ff");
        parseLong("0777");
        parseLong("12L");
        try {
            System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.parseUnsignedInt("4294967296"));
        } catch (NumberFormatException e) {
            System.out.println("unsigned: " + e.getMessage());
        }
        try {
            System.out.println(Integer.valueOf((String) null));
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Long.parseLong("-z", 36));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("byte: " + e.getMessage());
        }
    }
}
