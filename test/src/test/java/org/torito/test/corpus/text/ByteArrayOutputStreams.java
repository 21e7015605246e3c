package org.torito.test.corpus.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** ByteArrayOutputStream grows, writes ranges, decodes with charsets, writes to another stream and resets. */
public final class ByteArrayOutputStreams {
    private ByteArrayOutputStreams() {
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2);
        out.write(72);
        out.write(0x169);
        out.write("ello, ".getBytes(StandardCharsets.US_ASCII));
        out.write("wörld".getBytes(StandardCharsets.UTF_8), 0, 6);
        out.writeBytes("!".getBytes(StandardCharsets.UTF_8));
        System.out.println("size " + out.size() + " text " + out.toString(StandardCharsets.UTF_8) + " latin1 "
                + out.toString(StandardCharsets.ISO_8859_1) + " bytes " + Arrays.toString(out.toByteArray()));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        out.writeTo(copy);
        out.reset();
        out.write('z');
        System.out.println("after reset: " + out + " copy " + copy.toString(StandardCharsets.UTF_8) + " " + copy.size());
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            big.write(i);
        }
        byte[] all = big.toByteArray();
        int sum = 0;
        for (byte b : all) {
            sum += b;
        }
        System.out.println("big " + all.length + " sum " + sum + " last " + all[999]);
        try {
            out.write(new byte[2], 1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("write: " + e.getClass().getSimpleName());
        }
        PrintStream ps = new PrintStream(big, true, StandardCharsets.UTF_8);
        big.reset();
        ps.printf("%s=%d", "ä", 1);
        System.out.println(big.size() + " " + big.toString(StandardCharsets.UTF_8));
        out.close();
        out.write('!');
        System.out.println("closed stream still works: " + out);
    }
}
