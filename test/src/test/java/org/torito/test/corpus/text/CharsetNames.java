package org.torito.test.corpus.text;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Arrays;

/** Charsets looked up by name: Charset.forName with aliases, String.getBytes(String) and new String(bytes, String). */
public final class CharsetNames {
    private CharsetNames() {
    }

    public static void main(String[] args) throws UnsupportedEncodingException {
        byte[] bytes = "héllo wörld".getBytes("UTF-8");
        System.out.println(bytes.length + " " + new String(bytes, 0, 6, "UTF-8") + "|" + new String(bytes, "ISO-8859-1"));
        String[] names = {"UTF-8", "utf8", "ISO-8859-1", "latin1", "US-ASCII", "UTF-16BE", "UTF-16LE"};
        for (String name : names) {
            Charset cs = Charset.forName(name);
            System.out.println(name + " -> " + cs.name() + " canEncode " + cs.canEncode() + " " + Arrays.toString("Aé".getBytes(cs)));
        }
        try {
            "x".getBytes("NO-SUCH-CHARSET");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UnsupportedEncodingException: " + e.getMessage());
        }
        try {
            Charset.forName("bad name!");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println(Charset.isSupported("UTF-8") + " " + Charset.isSupported("x-unknown") + " "
                + Charset.forName("utf-8").aliases().contains("UTF8"));
    }
}
