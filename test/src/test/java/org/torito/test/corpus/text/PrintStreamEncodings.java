package org.torito.test.corpus.text;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** PrintStream over an in-memory sink in UTF-8, ISO-8859-1 and US-ASCII: every print overload, printf and errors. */
public final class PrintStreamEncodings {
    private PrintStreamEncodings() {
    }

    /** Keeps the bytes written to it; fails every write after fail() is called. */
    private static final class Sink extends OutputStream {
        private byte[] buf = new byte[8];
        private int count;
        private boolean failing;

        @Override
        public void write(int b) throws java.io.IOException {
            if (failing) {
                throw new java.io.IOException("disk full");
            }
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, count * 2);
            }
            buf[count++] = (byte) b;
        }

        String hex() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(String.format("%02x", buf[i] & 0xff));
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        java.nio.charset.Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (java.nio.charset.Charset cs : charsets) {
            Sink sink = new Sink();
            PrintStream ps = new PrintStream(sink, false, cs);
            ps.print("é€");
            ps.print('ß');
            ps.print(new char[] {'x', '\u00ff'});
            ps.println();
            ps.flush();
            System.out.println(cs + ": " + sink.count + " bytes " + sink.hex());
        }
        Sink sink = new Sink();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        ps.print(1);
        ps.print(2L);
        ps.print(3.5f);
        ps.print(4.25);
        ps.print(true);
        ps.print((Object) null);
        ps.print((String) null);
        ps.println(-0.0);
        ps.printf("%3d|%-3s|%n", 7, "a").format("%.3e", 12345.678).append('!').append("xyz", 0, 2);
        ps.write(new byte[] {65, 66, 67}, 1, 2);
        ps.write('\n');
        ps.flush();
        String text = new String(Arrays.copyOf(sink.buf, sink.count), StandardCharsets.UTF_8);
        System.out.print(text);
        System.out.println("error " + ps.checkError());
        sink.failing = true;
        ps.println("lost");
        System.out.println("after failing write: error " + ps.checkError() + ", count " + sink.count);
        ps.close();
        PrintStream closed = new PrintStream(new Sink(), true, StandardCharsets.UTF_8);
        closed.close();
        closed.println("after close");
        System.out.println("print after close sets error: " + closed.checkError());
    }
}
