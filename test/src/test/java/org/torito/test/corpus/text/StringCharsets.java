package org.torito.test.corpus.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** String.getBytes and new String(bytes) with standard charsets: lengths, replacement, offsets, charsets. */
public final class StringCharsets {
    private StringCharsets() {
    }

    public static void main(String[] args) {
        String[] samples = {"", "ASCII", "ñandú", "Ωμέγα", "€100", "𝄞 clef", "a\u0000b", "\uD800 lone"};
        for (String s : samples) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
            byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
            byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
            System.out.println(s.length() + " chars, " + s.codePointCount(0, s.length()) + " code points: utf8 "
                    + utf8.length + " latin1 " + latin1.length + " ascii " + ascii.length + " utf16be " + utf16.length);
            System.out.println("  utf8 " + Arrays.toString(utf8));
            System.out.println("  back utf8 " + new String(utf8, StandardCharsets.UTF_8).equals(s) + ", latin1 as text "
                    + new String(latin1, StandardCharsets.ISO_8859_1).replace('\u0000', '0') + ", ascii as text "
                    + new String(ascii, StandardCharsets.US_ASCII).replace('\u0000', '0') + ", utf16 back "
                    + new String(utf16, StandardCharsets.UTF_16BE).equals(s));
        }
        byte[] bytes = "héllo wörld".getBytes(StandardCharsets.UTF_8);
        System.out.println(new String(bytes, 0, 6, StandardCharsets.UTF_8) + "|" + new String(bytes, 6, bytes.length - 6, StandardCharsets.UTF_8));
        System.out.println("cut inside a character: " + new String(bytes, 0, 2, StandardCharsets.UTF_8).length()
                + " " + (int) new String(bytes, 0, 2, StandardCharsets.UTF_8).charAt(1));
        System.out.println("as latin1: " + new String(bytes, StandardCharsets.ISO_8859_1));
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16};
        for (Charset cs : charsets) {
            System.out.println(cs.name() + " " + cs + " canEncode " + cs.canEncode() + " " + Arrays.toString("Aé".getBytes(cs))
                    + " " + cs.newEncoder().maxBytesPerChar() + " " + cs.newDecoder().averageCharsPerByte());
        }
        System.out.println(StandardCharsets.UTF_8.equals(StandardCharsets.US_ASCII) + " "
                + StandardCharsets.UTF_8.compareTo(StandardCharsets.US_ASCII) + " " + StandardCharsets.UTF_8.contains(StandardCharsets.US_ASCII));
        char[] chars = {'d', 'a', 't', 'a', '\u00e9'};
        System.out.println(new String(chars, 1, 3) + " " + String.valueOf(chars) + " " + String.copyValueOf(chars, 4, 1));
        int[] cps = {0x48, 0x1F30D, 0x69};
        System.out.println(new String(cps, 0, 3) + " " + new String(cps, 0, 3).length());
        byte[] ascii = {72, 105, 33};
        @SuppressWarnings("deprecation")
        String hibyte = new String(ascii, 1);
        for (int i = 0; i < hibyte.length(); i++) {
            System.out.print(Integer.toHexString(hibyte.charAt(i)) + (i + 1 < hibyte.length() ? " " : "\n"));
        }
    }
}
