package org.torito.test.corpus.text;

import java.io.PrintWriter;
import java.io.StringWriter;

/** StringWriter and PrintWriter: print of every type, println, printf, append, write ranges and the buffer. */
public final class PrintWriterOverStringWriter {
    private PrintWriterOverStringWriter() {
    }

    public static void main(String[] args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(true);
        pw.print(' ');
        pw.print('c');
        pw.print(' ');
        pw.print(42);
        pw.print(' ');
        pw.print(-7L);
        pw.print(' ');
        pw.print(1.5f);
        pw.print(' ');
        pw.print(2.25);
        pw.print(' ');
        pw.print(new char[] {'a', 'r', 'r'});
        pw.print(' ');
        pw.print((String) null);
        pw.print(' ');
        pw.print((Object) null);
        pw.println();
        pw.println(3.0e10);
        pw.println("ünïcödé ✓");
        pw.printf("%5.1f|%-5s|%05d%n", 9.87, "ab", 42);
        pw.append("append").append('!').append("0123456789", 3, 6).append(null).println();
        pw.write("write-substring", 6, 3);
        pw.write(new char[] {'x', 'y', 'z'}, 1, 2);
        pw.write(65);
        pw.println();
        pw.flush();
        String result = sw.toString();
        System.out.print(result);
        System.out.println("length " + result.length() + " lines " + result.split("\n").length + " error " + pw.checkError());
        StringBuffer buffer = sw.getBuffer();
        buffer.setLength(10);
        buffer.reverse();
        System.out.println("buffer [" + sw + "]");

        StringWriter report = new StringWriter();
        try (PrintWriter out = new PrintWriter(report)) {
            String[] names = {"Ada", "Grace", "Линус", "李"};
            int[] scores = {95, 88, 72, 100};
            for (int i = 0; i < names.length; i++) {
                out.printf("%-8s%4d %s%n", names[i], scores[i], "*".repeat(scores[i] / 10));
            }
        }
        System.out.print(report);

        StringWriter traced = new StringWriter();
        new IllegalStateException("boom", new ArithmeticException("cause")).printStackTrace(new PrintWriter(traced));
        String[] traceLines = traced.toString().split("\n");
        System.out.println(traceLines[0]);
        for (String l : traceLines) {
            if (l.startsWith("Caused by")) {
                System.out.println(l);
            }
        }
        StringWriter sized = new StringWriter(1);
        sized.write("abc");
        sized.append('d').append("efg", 1, 2);
        System.out.println(sized + " " + sized.getBuffer().length());
        try {
            new StringWriter(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative size: " + e.getMessage());
        }
    }
}
