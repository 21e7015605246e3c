package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/** Sparse switches (lookupswitch): far-apart keys, negative and extreme keys, nested switches, byte and short. */
public final class SparseSwitch {
    private static int zero;

    private SparseSwitch() {
    }

    public static void main(String[] args) {
        zero = 0;
        int v = 1;
        for (int i = 0; i < 12; i++) {
            Out.print(sparse(v + zero));
            Out.print(" ");
            Out.print(sparse(-v + zero));
            Out.print(" ");
            v *= 10;
        }
        Out.println();
        Out.println(sparse(-2147483648 + zero));
        Out.println(sparse(2147483647 + zero));
        Out.println(sparse(-1000000 + zero));
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                Out.print(nested(a * 100 + zero, b * 1000 - 1000));
                Out.print(" ");
            }
        }
        Out.println();
        for (int i = -200; i < 200; i += 37) {
            byte b = (byte) (i * 3 + zero);
            short s = (short) (i * 1000 + zero);
            Out.print(byteSwitch(b));
            Out.print(shortSwitch(s));
        }
        Out.println();
        long hits = 0;
        for (int i = 0; i < 20000; i++) {
            hits += sparse(i * 7 - 5000 + zero) == 0 ? 0 : 1;
        }
        Out.println(hits);
    }

    private static int sparse(int n) {
        switch (n) {
            case 1: return 11;
            case 10: return 22;
            case 100: return 33;
            case 1000: return 44;
            case 10000: return 55;
            case 1000000: return 66;
            case 1000000000: return 77;
            case -10: return -22;
            case -1000: return -44;
            case -1000000: return -66;
            case -1410065408: return 1410065408;
            case -2147483648: return 8;
            case 2147483647: return 9;
            case 1234: return 4321;
            case 4321: return 1234;
            case -4999: return 1;
            default: return 0;
        }
    }

    private static int nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case -1000: return 1;
                    case 2000: return 2;
                    default: return 3;
                }
            case 200:
                switch (b) {
                    case 0: return 4;
                    case 1000: return 5;
                    default: break;
                }
                return 6;
            case 300:
                return b;
            default:
                return -1;
        }
    }

    private static char byteSwitch(byte b) {
        switch (b) {
            case -128: return 'A';
            case -99: return 'B';
            case -21: return 'C';
            case 90: return 'D';
            case 127: return 'E';
            default: return '.';
        }
    }

    private static char shortSwitch(short s) {
        switch (s) {
            case -32768: return 'F';
            case -15536: return 'G';
            case 22000: return 'H';
            case 32767: return 'I';
            default: return ',';
        }
    }
}
