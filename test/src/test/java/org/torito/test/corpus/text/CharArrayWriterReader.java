package org.torito.test.corpus.text;

import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.StringWriter;

/** CharArrayWriter collects text, CharArrayReader reads it back with skip, mark and reset; a ROT13 pipeline. */
public final class CharArrayWriterReader {
    private CharArrayWriterReader() {
    }

    public static void main(String[] args) throws IOException {
        CharArrayWriter writer = new CharArrayWriter(4);
        writer.write("The quick brown fox");
        writer.write(' ');
        writer.write(new char[] {'j', 'u', 'm', 'p', 's'}, 0, 5);
        writer.append(" over").append('!').append(null).append("..xyz", 2, 4);
        System.out.println(writer.size() + " [" + writer + "]");
        char[] chars = writer.toCharArray();
        chars[0] = 't';
        System.out.println("copy is independent: " + writer.toString().charAt(0) + " " + chars[0]);

        CharArrayWriter rot = new CharArrayWriter();
        CharArrayReader reader = new CharArrayReader(writer.toCharArray());
        int c;
        while ((c = reader.read()) != -1) {
            if (c >= 'a' && c <= 'z') {
                c = 'a' + (c - 'a' + 13) % 26;
            } else if (c >= 'A' && c <= 'Z') {
                c = 'A' + (c - 'A' + 13) % 26;
            }
            rot.write(c);
        }
        System.out.println("rot13 [" + rot + "]");
        StringWriter sw = new StringWriter();
        rot.writeTo(sw);
        rot.reset();
        rot.write("after reset");
        System.out.println(sw + " | " + rot + " | " + rot.size());

        char[] data = "0123456789abcdef".toCharArray();
        CharArrayReader part = new CharArrayReader(data, 4, 8);
        char[] buf = new char[3];
        System.out.println("read " + part.read(buf) + " " + new String(buf) + " ready " + part.ready() + " mark "
                + part.markSupported());
        part.mark(0);
        System.out.println("skip " + part.skip(2) + " read " + (char) part.read() + " skip " + part.skip(100) + " read " + part.read());
        part.reset();
        System.out.println("after reset " + (char) part.read() + " skip negative " + part.skip(-5));
        part.close();
        try {
            part.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        CharArrayWriter wide = new CharArrayWriter();
        for (int i = 0; i < 26; i++) {
            wide.write('α' + i % 25);
        }
        System.out.println(wide + " " + wide.size());
        try {
            wide.write(new char[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getSimpleName());
        }
        try {
            new CharArrayWriter(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative: " + e.getMessage());
        }
    }
}
