package org.torito.test.corpus.lang;

/** StringBuilder insert, delete, replace, reverse (with surrogate pairs), setLength, setCharAt and bounds errors. */
public final class StringBuilderEdits {
    private StringBuilderEdits() {
    }

    public static void main(String[] args) {
        StringBuilder b = new StringBuilder("hello world");
        b.insert(0, "[").append(']').insert(6, ',');
        System.out.println(b + " " + b.length());
        b.replace(1, 6, "HELLO");
        System.out.println(b);
        b.delete(7, 100);
        System.out.println(b);
        b.deleteCharAt(0).setCharAt(0, 'j');
        System.out.println(b);
        b.append(1).append(-2L).append(3.5f).append(4.25).append(true).append((Object) null).append((String) null)
                .append(new char[] {'x', 'y'}).append("abcdef", 2, 4).append('c');
        System.out.println(b);
        b.insert(2, 99).insert(0, false).insert(0, 1.5).insert(0, 'Q');
        System.out.println(b);
        b.setLength(5);
        System.out.println("[" + b + "]");
        b.setLength(8);
        System.out.println(b.toString().replace('\0', '0'));
        System.out.println(new StringBuilder("abc\uD83D\uDE00déf").reverse());
        System.out.println(new StringBuilder("\uDE00\uD83D").reverse().codePointAt(0) == 0x1F600);
        System.out.println(new StringBuilder().reverse().length());
        StringBuilder s = new StringBuilder("banana bandana");
        System.out.println(s.indexOf("an") + " " + s.indexOf("an", 4) + " " + s.lastIndexOf("an") + " "
                + s.lastIndexOf("an", 8) + " " + s.indexOf("xyz") + " " + s.indexOf(""));
        System.out.println(s.charAt(3) + " " + s.substring(7) + " " + s.substring(0, 6) + " " + s.subSequence(2, 5));
        System.out.println(s.compareTo(new StringBuilder("banana")) + " " + s.chars().filter(c -> c == 'a').count());
        int[][] bad = {{-1, 2}, {5, 2}, {0, 20}};
        for (int[] r : bad) {
            try {
                new StringBuilder("0123456789").delete(r[0], r[1]);
                System.out.println("delete ok " + r[0] + "," + r[1]);
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("delete " + r[0] + "," + r[1] + ": " + e.getMessage());
            }
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").charAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("setLength: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt: " + e.getMessage());
        }
        StringBuilder grow = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            grow.append(i % 10);
        }
        System.out.println(grow.length() + " " + grow.substring(195) + " " + grow.toString().hashCode());
        StringBuffer buffer = new StringBuffer("sync");
        buffer.append('!').insert(0, "<").append('>').reverse();
        System.out.println(buffer);
    }
}
