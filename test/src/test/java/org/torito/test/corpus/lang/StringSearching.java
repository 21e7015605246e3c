package org.torito.test.corpus.lang;

/** indexOf/lastIndexOf with offsets, contains, startsWith/endsWith, substring, charAt and their bounds errors. */
public final class StringSearching {
    private StringSearching() {
    }

    public static void main(String[] args) {
        String s = "abracadabra \uD83D\uDE00 abra";
        System.out.println(s.indexOf('a') + " " + s.indexOf('a', 1) + " " + s.indexOf('a', -5) + " "
                + s.indexOf('a', 100) + " " + s.lastIndexOf('a') + " " + s.lastIndexOf('a', 9) + " "
                + s.lastIndexOf('a', -1));
        System.out.println(s.indexOf("abra") + " " + s.indexOf("abra", 1) + " " + s.lastIndexOf("abra") + " "
                + s.lastIndexOf("abra", 14) + " " + s.indexOf("") + " " + s.indexOf("", 50) + " " + s.lastIndexOf(""));
        System.out.println(s.indexOf(0x1F600) + " " + s.lastIndexOf(0x1F600) + " " + s.indexOf(0xDE00) + " "
                + s.indexOf(0x110000));
        System.out.println(s.contains("cad") + " " + s.contains("") + " " + s.contains("CAD"));
        System.out.println(s.startsWith("abra") + " " + s.startsWith("cad", 4) + " " + s.startsWith("a", -1) + " "
                + s.startsWith("", s.length()) + " " + s.endsWith("abra") + " " + s.endsWith(""));
        System.out.println(s.substring(4) + "|" + s.substring(4, 7) + "|" + s.substring(s.length()) + "|"
                + s.substring(0, 0) + "|");
        int count = 0;
        for (int i = s.indexOf("bra"); i >= 0; i = s.indexOf("bra", i + 1)) {
            count++;
            System.out.print(i + " ");
        }
        System.out.println("-> " + count);
        String csv = "name=Ann;age=31;city=Zürich;empty=;=novalue";
        for (String field : csv.split(";")) {
            int eq = field.indexOf('=');
            System.out.println("key[" + field.substring(0, eq) + "] value[" + field.substring(eq + 1) + "]");
        }
        int[][] ranges = {{-1, 3}, {3, 2}, {0, 50}, {5, 5}};
        for (int[] r : ranges) {
            try {
                System.out.println("ok " + s.substring(r[0], r[1]));
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("substring(" + r[0] + "," + r[1] + "): " + e.getMessage());
            }
        }
        try {
            s.substring(99);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring(99): " + e.getMessage());
        }
        try {
            s.charAt(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt(-1): " + e.getMessage());
        }
        try {
            "".charAt(0);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt(0): " + e.getMessage());
        }
        char[] dst = new char[6];
        "source".getChars(1, 4, dst, 2);
        System.out.println(new String(dst).replace('\0', '.'));
        try {
            "source".getChars(2, 9, dst, 0);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("getChars: " + e.getMessage());
        }
        System.out.println(String.valueOf(new char[] {'h', 'e', 'y', '!'}, 1, 2) + " " + String.copyValueOf(dst, 2, 3)
                + " " + "x".concat("y").concat("") + " " + "MiXeD".toLowerCase() + "MiXeD".toUpperCase());
    }
}
