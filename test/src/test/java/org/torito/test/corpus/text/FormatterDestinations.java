package org.torito.test.corpus.text;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Formatter;
import java.util.FormatterClosedException;

/** Formatter over a StringBuilder, a PrintStream and a PrintWriter; chaining, out(), close and its exception. */
public final class FormatterDestinations {
    private FormatterDestinations() {
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

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("head:");
        Formatter f = new Formatter(sb);
        f.format("%d", 1).format("-%s", "two").format("-%.1f", 3.0);
        System.out.println(f.toString() + " same=" + (f.out() == sb) + " len=" + sb.length());
        f.close();
        try {
            f.format("%d", 4);
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            f.toString();
        } catch (FormatterClosedException e) {
            System.out.println("toString after close throws");
        }
        f.close();

        Formatter own = new Formatter();
        for (int i = 1; i <= 5; i++) {
            own.format("%d^2=%-3d", i, i * i);
        }
        System.out.println(own);
        System.out.println("ioException=" + own.ioException());

        ByteSink bytes = new ByteSink();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ps.printf("%s=%d%n", "ä", 1);
        ps.format("[%5s]", "ß");
        ps.flush();
        byte[] raw = bytes.toByteArray();
        System.out.println(raw.length + " bytes: " + new String(raw, StandardCharsets.UTF_8).replace("\n", "\\n"));

        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf("%-10s|%5d|%n", "apples", 3).printf("%-10s|%5d|%n", "pears", 12);
        pw.format("%s", "tail").println();
        pw.flush();
        System.out.print(sw);
        System.out.println("checkError=" + pw.checkError());

        Formatter appendable = new Formatter(new StringWriter());
        appendable.format("%08.3f", -3.14159);
        System.out.println(appendable.out());

        String joined = String.join(",", String.format("%s", 1), String.format("%5.1f", 2.25),
                String.format("%-4sx", "y"));
        System.out.println(joined);
        System.out.println("abc".formatted() + " " + "%s-%s".formatted("x", 9));
    }
}
