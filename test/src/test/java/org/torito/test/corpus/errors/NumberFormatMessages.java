package org.torito.test.corpus.errors;

import java.math.BigDecimal;
import java.math.BigInteger;

/** NumberFormatException messages from the parse methods of every number class, and what they accept. */
public final class NumberFormatMessages {
    private NumberFormatMessages() {
    }

    interface Parse {
        Object run();
    }

    static void attempt(String label, Parse parse) {
        try {
            System.out.println(label + " -> " + parse.run());
        } catch (NumberFormatException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"123", "-0", "+7", "", " 1", "1_000", "2147483648", "-2147483648", "0x1F", "١٢٣",
            "12a", "-", "９９"};
        for (String in : inputs) {
            attempt("int \"" + in + "\"", () -> Integer.parseInt(in));
        }
        attempt("null", () -> Integer.parseInt(null));
        attempt("radix 16", () -> Integer.parseInt("-ff", 16));
        attempt("radix 1", () -> Integer.parseInt("1", 1));
        attempt("radix 37", () -> Integer.parseInt("z", 37));
        attempt("radix 36", () -> Integer.parseInt("zz", 36));
        attempt("long overflow", () -> Long.parseLong("9223372036854775808"));
        attempt("long suffix", () -> Long.parseLong("10L"));
        attempt("unsigned", () -> Integer.parseUnsignedInt("-1"));
        attempt("unsigned big", () -> Integer.parseUnsignedInt("4294967296"));
        attempt("byte", () -> Byte.parseByte("128"));
        attempt("short", () -> Short.parseShort("-32769"));
        attempt("decode hex", () -> Integer.decode("-0x80000000"));
        attempt("decode bad", () -> Integer.decode("0x"));
        attempt("decode sign", () -> Long.decode("+-1"));
        attempt("double", () -> Double.parseDouble("1.5e3"));
        attempt("double bad", () -> Double.parseDouble("1.5.3"));
        attempt("double empty", () -> Double.parseDouble("   "));
        attempt("double hex", () -> Double.parseDouble("0x1.8p1"));
        attempt("float inf", () -> Float.parseFloat("-Infinity"));
        attempt("BigInteger", () -> new BigInteger("12x"));
        attempt("BigInteger empty", () -> new BigInteger(""));
        attempt("BigInteger radix", () -> new BigInteger("zz", 36));
        attempt("BigDecimal", () -> new BigDecimal("1e"));
        attempt("BigDecimal ok", () -> new BigDecimal("-1.50E+3"));
        try {
            Integer.parseInt("forty-two");
        } catch (NumberFormatException e) {
            e.printStackTrace(System.out);
        }
    }
}
