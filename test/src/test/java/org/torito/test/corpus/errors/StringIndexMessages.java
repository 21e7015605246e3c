package org.torito.test.corpus.errors;

/** StringIndexOutOfBoundsException messages from String, StringBuilder and the code point methods. */
public final class StringIndexMessages {
    private StringIndexMessages() {
    }

    interface Access {
        Object run();
    }

    static void attempt(String label, Access access) {
        try {
            System.out.println(label + ": " + access.run());
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        String ascii = "torito";
        String wide = "naïve ☕ 𝄞";
        StringBuilder sb = new StringBuilder("abc");
        attempt("charAt", () -> ascii.charAt(6));
        attempt("charAt negative", () -> ascii.charAt(-1));
        attempt("charAt wide", () -> wide.charAt(wide.length()));
        attempt("substring", () -> ascii.substring(7));
        attempt("substring range", () -> ascii.substring(4, 2));
        attempt("substring negative", () -> wide.substring(-3, 2));
        attempt("subSequence", () -> ascii.subSequence(0, 10));
        attempt("codePointAt", () -> wide.codePointAt(20));
        attempt("codePointBefore", () -> ascii.codePointBefore(0));
        attempt("offsetByCodePoints", () -> wide.offsetByCodePoints(0, 12));
        attempt("getChars", () -> {
            char[] dst = new char[3];
            ascii.getChars(0, 5, dst, 0);
            return new String(dst);
        });
        attempt("new String", () -> new String(new char[] {'a', 'b'}, 1, 3));
        attempt("valueOf", () -> String.valueOf(new char[4], -1, 2));
        attempt("sb charAt", () -> sb.charAt(3));
        attempt("sb deleteCharAt", () -> sb.deleteCharAt(5));
        attempt("sb delete", () -> sb.delete(2, 1));
        attempt("sb insert", () -> sb.insert(4, "x"));
        attempt("sb setCharAt", () -> {
            sb.setCharAt(-1, 'q');
            return sb;
        });
        attempt("sb replace", () -> sb.replace(4, 5, "y"));
        attempt("sb substring", () -> sb.substring(1, 9));
        attempt("sb setLength", () -> {
            sb.setLength(-1);
            return sb;
        });
        attempt("sb append range", () -> sb.append("hello", 3, 9));
        attempt("sb ok", () -> sb.insert(3, "!").reverse());
        try {
            "x".charAt(1);
        } catch (StringIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
    }
}
