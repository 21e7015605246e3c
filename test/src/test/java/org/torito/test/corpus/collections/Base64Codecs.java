package org.torito.test.corpus.collections;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Base64 encoders and decoders: the basic alphabet with and without padding for every remainder length, the
 * URL-safe alphabet on bytes that differ between the two, MIME line wrapping (default and custom separators)
 * and MIME decoding that skips foreign characters, UTF-8 text round trips, and the decoders' errors.
 */
public final class Base64Codecs {
    private Base64Codecs() {
    }

    static void tryDecode(String what, Base64.Decoder decoder, String input) {
        try {
            byte[] out = decoder.decode(input);
            System.out.println(what + " '" + input + "' -> " + Arrays.toString(out));
        } catch (IllegalArgumentException e) {
            System.out.println(what + " '" + input + "': " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Base64.Encoder basic = Base64.getEncoder();
        String text = "Many hands make light work.";
        for (int n = 0; n <= 5; n++) {
            byte[] part = text.substring(0, n).getBytes(StandardCharsets.US_ASCII);
            System.out.println(n + ": '" + basic.encodeToString(part) + "' nopad '"
                    + basic.withoutPadding().encodeToString(part) + "'");
        }
        String encoded = basic.encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        System.out.println(encoded + " -> " + new String(Base64.getDecoder().decode(encoded), StandardCharsets.US_ASCII));

        byte[] tricky = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, (byte) 0xfe, 0x3e, 0x3f};
        System.out.println("basic " + basic.encodeToString(tricky) + " url " + Base64.getUrlEncoder().encodeToString(tricky)
                + " url nopad " + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {-1}));
        System.out.println("url round trip " + Arrays.toString(Base64.getUrlDecoder().decode("-_-_vv4-Pw")));

        String unicode = "Grüße, 世界! 🎉";
        byte[] utf8 = unicode.getBytes(StandardCharsets.UTF_8);
        String u = basic.encodeToString(utf8);
        System.out.println(u + " -> " + new String(Base64.getDecoder().decode(u), StandardCharsets.UTF_8)
                + " (" + utf8.length + " bytes)");

        byte[] block = new byte[100];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 37 + 11);
        }
        String mime = Base64.getMimeEncoder().encodeToString(block);
        System.out.println("mime lines " + mime.split("\r\n").length + " first line length " + mime.indexOf('\r'));
        System.out.println(mime.replace("\r\n", "|"));
        String custom = Base64.getMimeEncoder(16, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                Arrays.copyOf(block, 30));
        System.out.println(custom);
        byte[] back = Base64.getMimeDecoder().decode(mime.replace("\r\n", " \t*\n"));
        System.out.println("mime round trip " + Arrays.equals(back, block));

        Base64.Decoder decoder = Base64.getDecoder();
        tryDecode("basic", decoder, "");
        tryDecode("basic", decoder, "QQ==");
        tryDecode("basic", decoder, "QQ");
        tryDecode("basic", decoder, "QQ=");
        tryDecode("basic", decoder, "Q");
        tryDecode("basic", decoder, "QU*D");
        tryDecode("basic", decoder, "-_8=");
        tryDecode("url", Base64.getUrlDecoder(), "+/8=");
        tryDecode("basic", decoder, "QUJD\r\nREVG");
        tryDecode("mime", Base64.getMimeDecoder(), "QUJD\r\nREVG");
        tryDecode("basic", decoder, "QUJDRA==QQ==");
        try {
            Base64.getMimeEncoder(10, new byte[] {'A'});
        } catch (IllegalArgumentException e) {
            System.out.println("bad separator: " + e.getMessage());
        }
        byte[] dst = new byte[2];
        try {
            basic.encode(new byte[] {1, 2, 3}, dst);
        } catch (IllegalArgumentException e) {
            System.out.println("small dst: " + e.getMessage());
        }
    }
}
