package org.torito.test.corpus.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** ByteArrayInputStream over whole arrays and ranges: read, skip, mark/reset, readNBytes, transferTo and bounds. */
public final class ByteArrayInputStreams {
    private ByteArrayInputStreams() {
    }

    /** Counts and sums the bytes written to it. */
    private static final class Checksum extends OutputStream {
        int count;
        long sum;

        @Override
        public void write(int b) {
            count++;
            sum = sum * 31 + (b & 0xff);
        }
    }

    public static void main(String[] args) throws IOException {
        byte[] source = new byte[20];
        for (int i = 0; i < source.length; i++) {
            source[i] = (byte) (i * 13 - 100);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(source, 2, 15);
        System.out.println("available " + in.available() + " first " + in.read() + " markSupported " + in.markSupported());
        byte[] buf = new byte[6];
        int n = in.read(buf, 1, 4);
        System.out.println("read " + n + " " + Arrays.toString(buf));
        in.mark(0);
        System.out.println("skip " + in.skip(3) + " then " + in.read() + " available " + in.available());
        in.reset();
        System.out.println("after reset " + in.read() + " readNBytes " + Arrays.toString(in.readNBytes(3)));
        System.out.println("rest " + Arrays.toString(in.readAllBytes()) + " then " + in.read() + " " + in.read(buf)
                + " " + in.read(buf, 0, 0) + " skip " + in.skip(5));
        try {
            in.read(buf, 4, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ByteArrayInputStream tail = new ByteArrayInputStream(source, 18, 10);
        System.out.println("range past end: available " + tail.available() + " " + Arrays.toString(tail.readAllBytes()));
        ByteArrayInputStream whole = new ByteArrayInputStream(source);
        whole.skipNBytes(5);
        byte[] into = new byte[8];
        System.out.println("readNBytes into " + whole.readNBytes(into, 2, 4) + " " + Arrays.toString(into));
        whole.reset();
        System.out.println("reset without mark goes to start: " + whole.read());
        try {
            whole.skipNBytes(100);
        } catch (java.io.EOFException e) {
            System.out.println("skipNBytes past end: EOFException");
        }
        byte[] all = new byte[1000];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        Checksum sum = new Checksum();
        long moved = new ByteArrayInputStream(all, 100, 300).transferTo(sum);
        System.out.println("transferTo " + moved + " count " + sum.count + " sum " + sum.sum);
        InputStream empty = new ByteArrayInputStream(new byte[0]);
        System.out.println("empty " + empty.read() + " " + empty.available() + " " + empty.readAllBytes().length
                + " " + InputStream.nullInputStream().read());
        in.close();
        in.reset();
        System.out.println("closed stream still reads: " + in.read());
        int lines = 0;
        int c;
        ByteArrayInputStream text = new ByteArrayInputStream("one\ntwo\nthree\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        while ((c = text.read()) != -1) {
            if (c == '\n') {
                lines++;
            }
        }
        System.out.println("lines " + lines);
    }
}
