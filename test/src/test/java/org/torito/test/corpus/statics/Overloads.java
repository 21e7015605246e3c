package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Static methods overloaded on parameter types: each call must reach the method its descriptor names. */
public final class Overloads {
    private static int seven;

    private Overloads() {
    }

    public static void main(String[] args) {
        seven = 7;
        Out.println(f(seven));
        Out.println(f((long) seven));
        Out.println(f((char) (seven + 'a')));
        Out.println(f((byte) seven));
        Out.println(f((short) seven));
        Out.println(f(seven > 3));
        Out.println(f("seven"));
        Out.println(f(seven, seven));
        Out.println(f(seven, (long) seven));
        Out.println(f((long) seven, seven));
        Out.println(f());
        Out.println(g(seven));
        Out.println(g(3000000000L));
        byte b = (byte) seven;
        Out.println(g(b));
        char c = 'x';
        Out.println(g(c));
        Out.println(h(seven, seven));
        Out.println(h(seven, (short) seven));
    }

    private static String f(int x) {
        return "int";
    }

    private static String f(long x) {
        return "long";
    }

    private static String f(char x) {
        return "char";
    }

    private static String f(byte x) {
        return "byte";
    }

    private static String f(short x) {
        return "short";
    }

    private static String f(boolean x) {
        return "boolean";
    }

    private static String f(String x) {
        return "String";
    }

    private static String f(int x, int y) {
        return "int,int";
    }

    private static String f(int x, long y) {
        return "int,long";
    }

    private static String f(long x, int y) {
        return "long,int";
    }

    private static String f() {
        return "none";
    }

    /** Only int and long versions: byte and char arguments widen to int. */
    private static long g(int x) {
        return x * 2;
    }

    private static long g(long x) {
        return x * 3;
    }

    private static int h(int a, int b) {
        return a - b;
    }

    private static int h(int a, short b) {
        return a + b;
    }
}
