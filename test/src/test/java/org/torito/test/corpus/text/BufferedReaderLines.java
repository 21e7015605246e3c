package org.torito.test.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** BufferedReader over a StringReader: line terminators, empty lines, records, mark/reset and LineNumberReader. */
public final class BufferedReaderLines {
    private BufferedReaderLines() {
    }

    public static void main(String[] args) throws IOException {
        String text = "first\nsecond\r\nthird\rfourth\n\n\r\nlast without newline";
        BufferedReader reader = new BufferedReader(new StringReader(text));
        String line;
        int count = 0;
        while ((line = reader.readLine()) != null) {
            count++;
            System.out.println(count + ": [" + line + "] " + line.length());
        }
        System.out.println("after end: " + reader.readLine() + " ready " + reader.ready());
        reader.close();
        try {
            reader.readLine();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }

        List<String> lines = new ArrayList<>();
        BufferedReader listed = new BufferedReader(new StringReader("b\na\n\nc\nb\n"));
        while ((line = listed.readLine()) != null) {
            lines.add(line);
        }
        System.out.println(lines + " " + lines.size());
        String csv = "name,qty,price\nbolt,100,0.05\nnut,250,0.02\nwasher,75,0.01\n";
        BufferedReader records = new BufferedReader(new StringReader(csv));
        String[] header = records.readLine().split(",");
        double total = 0;
        while ((line = records.readLine()) != null) {
            String[] f = line.split(",");
            total += Integer.parseInt(f[1]) * Double.parseDouble(f[2]);
        }
        System.out.printf("%s x %s: total %.2f%n", header[1], header[2], total);

        BufferedReader small = new BufferedReader(new StringReader("abcdefghijklmnopqrstuvwxyz"), 4);
        char[] buf = new char[5];
        System.out.println((char) small.read() + " " + small.read(buf, 0, 5) + " " + new String(buf) + " markSupported "
                + small.markSupported());
        small.mark(10);
        System.out.println("skip " + small.skip(3) + " read " + (char) small.read());
        small.reset();
        System.out.println("reset read " + (char) small.read() + " line " + small.readLine());
        small.mark(1);
        try {
            small.reset();
            System.out.println("reset at end ok");
        } catch (IOException e) {
            System.out.println("reset: " + e.getMessage());
        }

        LineNumberReader numbered = new LineNumberReader(new StringReader("alpha\nbeta\r\ngamma\rdelta"));
        numbered.setLineNumber(10);
        while ((line = numbered.readLine()) != null) {
            System.out.println(numbered.getLineNumber() + " " + line);
        }
        BufferedReader empty = new BufferedReader(new StringReader(""));
        System.out.println("empty: " + empty.readLine() + " " + empty.read());
        try {
            new BufferedReader(new StringReader("x"), 0);
        } catch (IllegalArgumentException e) {
            System.out.println("size 0: " + e.getMessage());
        }
        StringReader sr = new StringReader("0123456789");
        System.out.println("StringReader skip " + sr.skip(4) + " read " + (char) sr.read() + " skip back " + sr.skip(-3)
                + " read " + (char) sr.read());
    }
}
