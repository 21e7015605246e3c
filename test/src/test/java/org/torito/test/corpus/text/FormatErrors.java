package org.torito.test.corpus.text;

/** Malformed format strings and mismatched arguments: the IllegalFormatException subclasses and their messages. */
public final class FormatErrors {
    private FormatErrors() {
    }

    private static void attempt(String format, Object... args) {
        try {
            String result = String.format(format, args);
            System.out.println("ok   " + format + " -> [" + result + "]");
        } catch (IllegalArgumentException e) {
            System.out.println("fail " + format + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("%s %s", "one");
        attempt("%d", "text");
        attempt("%d", 1.5);
        attempt("%f", 3);
        attempt("%c", "ab");
        attempt("%c", -1);
        attempt("%c", 0x110000);
        attempt("%x", 2.0);
        attempt("%q", 1);
        attempt("%", 1);
        attempt("abc %");
        attempt("%-d", 5);
        attempt("%-05d", 5);
        attempt("%+s", "x");
        attempt("%#d", 5);
        attempt("%.2d", 5);
        attempt("%.2c", 'c');
        attempt("%,x", 255);
        attempt("%--5d", 5);
        attempt("%++d", 5);
        attempt("%0s", "x");
        attempt("%+ d", 5);
        attempt("%(x", 5);
        attempt("%#b", true);
        attempt("%.3n");
        attempt("%5n");
        attempt("%-%");
        attempt("%,e", 1.0);
        attempt("%#g", 1.0);
        attempt("%o", -3.0f);
        attempt("%.5h", "hash");
        attempt("%d %d %d", 1, 2);
        attempt("%s", (Object) null);
        attempt("%d", (Object) null);
        attempt("%2147483648d", 1);
        try {
            String.format(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null format -> NullPointerException");
        }
    }
}
