package org.torito.test.corpus.text;

import java.nio.charset.StandardCharsets;

/** A classic hex dump (offset, sixteen bytes in hex, printable ASCII) of text encoded in UTF-8 and of raw bytes. */
public final class HexDump {
    private HexDump() {
    }

    static void dump(byte[] data) {
        StringBuilder line = new StringBuilder();
        for (int offset = 0; offset < data.length; offset += 16) {
            line.setLength(0);
            line.append(String.format("%08x  ", offset));
            for (int i = 0; i < 16; i++) {
                if (offset + i < data.length) {
                    line.append(String.format("%02x ", data[offset + i] & 0xff));
                } else {
                    line.append("   ");
                }
                if (i == 7) {
                    line.append(' ');
                }
            }
            line.append(" |");
            for (int i = 0; i < 16 && offset + i < data.length; i++) {
                int b = data[offset + i] & 0xff;
                line.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            line.append('|');
            System.out.println(line);
        }
        System.out.printf("%08x%n", data.length);
    }

    public static void main(String[] args) {
        dump("Hello, World!\n".getBytes(StandardCharsets.US_ASCII));
        dump("Grüße aus Köln – 日本語 😀\tend".getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[40];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 7 - 20);
        }
        dump(all);
        dump(new byte[0]);
        int checksum = 0;
        for (byte b : all) {
            checksum = (checksum * 31 + (b & 0xff)) & 0xffff;
        }
        System.out.printf("checksum %04X %s %s%n", checksum, Integer.toHexString(checksum),
                Integer.toBinaryString(checksum));
    }
}
