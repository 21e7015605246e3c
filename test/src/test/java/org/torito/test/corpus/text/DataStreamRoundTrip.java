package org.torito.test.corpus.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/** DataOutputStream writes every primitive and modified UTF-8; DataInputStream reads them back from the bytes. */
public final class DataStreamRoundTrip {
    private DataStreamRoundTrip() {
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

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(String.format("%02x", bytes[i]));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteSink bytes = new ByteSink();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeByte(-2);
        out.writeShort(0xBEEF);
        out.writeChar('€');
        out.writeInt(Integer.MIN_VALUE + 1);
        out.writeLong(0x0123456789ABCDEFL);
        out.writeFloat(-1.5f);
        out.writeDouble(Math.PI);
        out.writeUTF("");
        out.writeUTF("héllo, wörld \u0000 😀");
        out.writeBytes("AB\u0141");
        out.writeChars("xy");
        out.flush();
        byte[] data = bytes.toByteArray();
        System.out.println("size " + out.size() + " = " + data.length);
        System.out.println(hex(data, 0, 32));
        System.out.println(hex(data, 32, data.length));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + (int) in.readChar()
                + " " + in.readInt() + " " + Long.toHexString(in.readLong()) + " " + in.readFloat() + " " + in.readDouble());
        System.out.println("[" + in.readUTF() + "]");
        String utf = in.readUTF();
        System.out.println("[" + utf.replace('\u0000', '0') + "] length " + utf.length());
        System.out.println((char) in.readUnsignedByte() + "" + (char) in.readUnsignedByte() + " " + in.readUnsignedByte()
                + " " + in.readChar() + in.readChar() + " available " + in.available());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOFException " + e.getMessage());
        }
        System.out.println("read at end " + in.read());

        DataInputStream partial = new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        byte[] buf = new byte[5];
        try {
            partial.readFully(buf);
        } catch (EOFException e) {
            System.out.println("readFully short: " + hex(buf, 0, 5));
        }
        DataInputStream bad = new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, (byte) 0xC3, 0x41}));
        try {
            bad.readUTF();
        } catch (UTFDataFormatException e) {
            System.out.println("UTFDataFormatException " + e.getMessage());
        }
        DataOutputStream tooLong = new DataOutputStream(new ByteSink());
        try {
            tooLong.writeUTF("x".repeat(70000));
        } catch (UTFDataFormatException e) {
            System.out.println("UTFDataFormatException " + e.getMessage());
        }
        DataInputStream skipper = new DataInputStream(new ByteArrayInputStream(data));
        System.out.println("skipBytes " + skipper.skipBytes(7) + " then " + skipper.readInt() + " skip too far " + skipper.skipBytes(1000));
    }
}
