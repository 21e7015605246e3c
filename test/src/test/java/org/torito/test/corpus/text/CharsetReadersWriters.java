package org.torito.test.corpus.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** OutputStreamWriter and InputStreamReader in UTF-8, ISO-8859-1 and US-ASCII: non-ASCII text, replacement, round trips. */
public final class CharsetReadersWriters {
    private CharsetReadersWriters() {
    }

    /** Collects the bytes written to it in a growing array. */
    private static final class ByteSink extends OutputStream {
        private byte[] buf = new byte[16];
        private int count;

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, count * 2);
            }
            buf[count++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }

        int size() {
            return count;
        }
    }

    private static byte[] encode(String text, Charset cs) throws IOException {
        ByteSink bytes = new ByteSink();
        try (Writer w = new OutputStreamWriter(bytes, cs)) {
            w.write(text);
        }
        return bytes.toByteArray();
    }

    private static String decode(byte[] bytes, Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), cs)) {
            char[] buf = new char[3];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        }
        return sb.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String[] texts = {"plain", "café", "Größe 100€", "日本", "😀!", "\u00ff\u0100"};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (String text : texts) {
            for (Charset cs : charsets) {
                byte[] bytes = encode(text, cs);
                String back = decode(bytes, cs);
                System.out.println(cs.name() + " " + escape(text) + " -> " + hex(bytes) + " -> " + escape(back)
                        + (back.equals(text) ? " same" : " lossy"));
            }
        }
        byte[] latin = {(byte) 0xE9, (byte) 0xE8, 0x41, (byte) 0xFF};
        System.out.println("latin1 bytes as UTF-8: " + escape(decode(latin, StandardCharsets.UTF_8)));
        System.out.println("latin1 bytes as latin1: " + escape(decode(latin, StandardCharsets.ISO_8859_1)));
        byte[] truncated = {0x61, (byte) 0xE2, (byte) 0x82};
        System.out.println("truncated UTF-8: " + escape(decode(truncated, StandardCharsets.UTF_8)));
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF, 0x62};
        System.out.println("overlong UTF-8: " + escape(decode(overlong, StandardCharsets.UTF_8)));
        byte[] high = {(byte) 0x80, 0x7F};
        System.out.println("US-ASCII high byte: " + escape(decode(high, StandardCharsets.US_ASCII)));
        ByteSink bytes = new ByteSink();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        System.out.println("encoding " + writer.getEncoding());
        writer.write('\uD83D');
        writer.flush();
        System.out.println("after high surrogate " + bytes.size());
        writer.write('\uDE00');
        writer.write("x", 0, 1);
        writer.append("yz", 1, 2);
        writer.close();
        System.out.println("after pair " + hex(bytes.toByteArray()));
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.ISO_8859_1);
        System.out.println("reader encoding " + reader.getEncoding() + " " + (char) reader.read() + " ready " + reader.ready());
        reader.close();
        try {
            reader.read();
        } catch (IOException e) {
            System.out.println("closed reader: " + e.getMessage());
        }
    }
}
