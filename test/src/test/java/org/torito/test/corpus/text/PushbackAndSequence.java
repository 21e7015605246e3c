package org.torito.test.corpus.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A tokenizer on PushbackReader, unread limits, PushbackInputStream, and SequenceInputStream joining streams. */
public final class PushbackAndSequence {
    private PushbackAndSequence() {
    }

    static List<String> tokenize(String source) throws IOException {
        List<String> tokens = new ArrayList<>();
        PushbackReader in = new PushbackReader(new StringReader(source), 2);
        int c;
        while ((c = in.read()) != -1) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            StringBuilder token = new StringBuilder();
            if (Character.isDigit(c)) {
                while (c != -1 && (Character.isDigit(c) || c == '.')) {
                    token.append((char) c);
                    c = in.read();
                }
                if (c != -1) {
                    in.unread(c);
                }
            } else if (Character.isLetter(c)) {
                while (c != -1 && Character.isLetterOrDigit(c)) {
                    token.append((char) c);
                    c = in.read();
                }
                if (c != -1) {
                    in.unread(c);
                }
            } else {
                token.append((char) c);
                int next = in.read();
                if ((c == '<' || c == '>' || c == '=' || c == '!') && next == '=') {
                    token.append('=');
                } else if (next != -1) {
                    in.unread(next);
                }
            }
            tokens.add(token.toString());
        }
        return tokens;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(tokenize("x1 = 3.14*(y+42) >= zeta!=7"));
        System.out.println(tokenize("  größe<=10 ; ende"));
        System.out.println(tokenize(""));
        PushbackReader reader = new PushbackReader(new StringReader("abc"), 3);
        reader.unread(new char[] {'x', 'y'});
        reader.unread('w');
        char[] buf = new char[6];
        int n = reader.read(buf);
        System.out.println("read " + n + " [" + new String(buf, 0, n) + "] then " + reader.read() + " ready " + reader.ready());
        try {
            reader.unread(new char[] {'1', '2', '3', '4'});
        } catch (IOException e) {
            System.out.println("unread overflow: " + e.getMessage());
        }
        System.out.println("markSupported " + reader.markSupported());
        PushbackInputStream pin = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 4);
        int first = pin.read();
        pin.unread(first);
        pin.unread(new byte[] {9, 8});
        byte[] all = pin.readAllBytes();
        System.out.println("pushback bytes " + java.util.Arrays.toString(all) + " available " + pin.available());
        try {
            pin.unread(new byte[5]);
        } catch (IOException e) {
            System.out.println("pushback overflow: " + e.getMessage());
        }
        List<InputStream> parts = new ArrayList<>();
        for (String s : new String[] {"Hello, ", "", "sequence ", "wörld", "\n"}) {
            parts.add(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
        }
        SequenceInputStream seq = new SequenceInputStream(Collections.enumeration(parts));
        System.out.println("available at start " + seq.available());
        byte[] joined = seq.readAllBytes();
        System.out.print(new String(joined, StandardCharsets.UTF_8));
        System.out.println(joined.length + " bytes, then " + seq.read());
        SequenceInputStream pair = new SequenceInputStream(new ByteArrayInputStream(new byte[] {1, 2}),
                new ByteArrayInputStream(new byte[] {3}));
        byte[] chunk = new byte[10];
        System.out.println("first read " + pair.read(chunk, 0, 10) + " second " + pair.read(chunk, 0, 10) + " third "
                + pair.read(chunk, 0, 10) + " skip " + pair.skip(3));
    }
}
