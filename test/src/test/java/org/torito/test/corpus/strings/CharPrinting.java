package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** Out.print(char) over ranges that take one, two and three UTF-8 bytes, and chars computed by arithmetic. */
public final class CharPrinting {
    private static char base;

    private CharPrinting() {
    }

    public static void main(String[] args) {
        base = 'a';
        for (int i = 0; i < 26; i++) {
            Out.print((char) (base + i));
        }
        Out.println();
        for (char c = 'A'; c <= 'Z'; c++) {
            Out.print(c);
            Out.print((char) (c + 32));
        }
        Out.println();
        for (char c = '\u03b1'; c <= '\u03c9'; c++) {
            Out.print(c);
        }
        Out.println();
        for (char c = '\u0410'; c < '\u0430'; c++) {
            Out.print(c);
        }
        Out.println();
        for (char c = '\u00a1'; c <= '\u00ff'; c++) {
            Out.print(c);
        }
        Out.println();
        for (char c = '\u3041'; c < '\u3060'; c++) {
            Out.print(c);
        }
        Out.println();
        for (char c = '\u2500'; c < '\u2520'; c++) {
            Out.print(c);
        }
        Out.println();
        Out.print('\u007f');
        Out.print('\u0080');
        Out.print('\u07ff');
        Out.print('\u0800');
        Out.print('\ud7ff');
        Out.print('\ue000');
        Out.print('\ufffd');
        Out.print('\uffff');
        Out.println();
        char c = (char) (base * 1000);
        Out.print(c);
        Out.print((int) c);
        Out.println();
        for (int i = 0; i < 16; i++) {
            char d = (char) ((base - 'a') + 0x4e00 + i * 257);
            Out.print(d);
        }
        Out.println();
        for (int i = 0x20; i < 0x7f; i++) {
            Out.print((char) i);
        }
        Out.println();
    }
}
