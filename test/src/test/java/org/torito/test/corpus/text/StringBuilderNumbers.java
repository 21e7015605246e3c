package org.torito.test.corpus.text;

/** StringBuilder appends and inserts of numbers, chars, booleans and null; edits, reverse with surrogates, errors. */
public final class StringBuilderNumbers {
    private StringBuilderNumbers() {
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(Integer.MIN_VALUE).append(' ').append(Long.MAX_VALUE).append(' ').append(-0.0).append(' ')
                .append(1e21).append(' ').append(1.0f / 3).append(' ').append('x').append(' ').append(true).append(' ')
                .append((String) null).append(' ').append((Object) null).append(' ').append(new char[] {'o', 'k'})
                .append(' ').append((short) -5).append(' ').append((byte) 200).append(' ').append(3.0e-5);
        System.out.println(sb + " (" + sb.length() + ")");
        sb.setLength(0);
        for (int i = -5; i <= 5; i++) {
            sb.append(i * i * i).append(i < 5 ? "," : "");
        }
        System.out.println(sb);
        sb.insert(0, 42).insert(2, ':').insert(sb.length(), 9.5).insert(3, "[ins]").insert(0, false);
        System.out.println(sb);
        sb.replace(0, 5, "TRUE").deleteCharAt(4).delete(sb.length() - 3, sb.length());
        System.out.println(sb + " indexOf(,) " + sb.indexOf(",") + " lastIndexOf(,) " + sb.lastIndexOf(","));
        sb.setCharAt(0, 't');
        sb.setLength(12);
        System.out.println("[" + sb + "] charAt(5) " + sb.charAt(5) + " substring " + sb.substring(3, 7));
        StringBuilder uni = new StringBuilder("ab😀cd€");
        System.out.println(uni.length() + " " + uni.codePointCount(0, uni.length()) + " reversed " + uni.reverse()
                + " cp " + Integer.toHexString(uni.codePointAt(3)));
        uni.appendCodePoint(0x1F600).appendCodePoint('Z');
        System.out.println(uni + " " + uni.length());
        StringBuilder money = new StringBuilder();
        long cents = 123456789L;
        String digits = Long.toString(cents / 100);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                money.append(',');
            }
            money.append(digits.charAt(i));
        }
        money.append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100);
        System.out.println("$" + money);
        StringBuilder errors = new StringBuilder("abc");
        try {
            errors.charAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            errors.insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            errors.delete(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("delete: " + e.getMessage());
        }
        try {
            errors.setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength: " + e.getMessage());
        }
        System.out.println(new StringBuilder("x").compareTo(new StringBuilder("y")) + " "
                + new StringBuilder("same").toString().contentEquals(new StringBuffer("same")) + " "
                + new StringBuffer().append(1).append('+').append(2L).append('=').append(3.0f));
        String joined = String.join("", java.util.Collections.nCopies(3, "ab")) + "|" + "-".repeat(0) + "|" + "xy".repeat(4);
        System.out.println(joined);
    }
}
