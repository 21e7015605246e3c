package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * javac picks the most specific overload at compile time from static types (widening before varargs, the
 * subclass parameter over the superclass one, no boxing here); the receiver's class then picks the override.
 */
public final class OverloadResolution {
    static class Animal {
        String kind() {
            return "animal";
        }
    }

    static class Dog extends Animal {
        @Override
        String kind() {
            return "dog";
        }
    }

    static final class Puppy extends Dog {
        @Override
        String kind() {
            return "puppy";
        }
    }

    /** Overloads on the parameter types; the subclass overrides some of them. */
    static class Vet {
        String treat(Animal a) {
            return "Vet.treat(Animal) ";
        }

        String treat(Dog d) {
            return "Vet.treat(Dog) ";
        }

        String treat(Object o) {
            return "Vet.treat(Object) ";
        }
    }

    static final class Specialist extends Vet {
        @Override
        String treat(Animal a) {
            return "Specialist.treat(Animal) ";
        }
    }

    private static byte smallByte;
    private static short smallShort;
    private static char letter;
    private static int number;
    private static long wide;
    private static float single;

    private OverloadResolution() {
    }

    static String f(int x) {
        return "f(int)";
    }

    static String f(long x) {
        return "f(long)";
    }

    static String f(double x) {
        return "f(double)";
    }

    static String f(Object x) {
        return "f(Object)";
    }

    static String g(short x) {
        return "g(short)";
    }

    static String g(float x) {
        return "g(float)";
    }

    static String h(long a, int b) {
        return "h(long,int)";
    }

    static String h(int a, long b) {
        return "h(int,long)";
    }

    static String h(long a, long b) {
        return "h(long,long)";
    }

    static String v(int... xs) {
        return "v(int...)";
    }

    static int count(int... xs) {
        return xs.length;
    }

    static String v(int a, int b) {
        return "v(int,int)";
    }

    static String n(String s) {
        return "n(String)";
    }

    static String n(Object o) {
        return "n(Object)";
    }

    static String c(char x) {
        return "c(char)";
    }

    static String c(int x) {
        return "c(int)";
    }

    public static void main(String[] args) {
        smallByte = 1;
        smallShort = 2;
        letter = 'x';
        number = 3;
        wide = 4;
        single = 5;
        Out.println(f(smallByte));
        Out.println(f(smallShort));
        Out.println(f(letter));
        Out.println(f(number));
        Out.println(f(wide));
        Out.println(f(single));
        Out.println(f("text"));
        Out.println(f(new int[1]));
        Out.println(g(smallByte));
        Out.println(g(smallShort));
        Out.println(g(letter));
        Out.println(g(number));
        Out.println(g(wide));
        Out.println(h(number, wide));
        Out.println(h(wide, number));
        Out.println(h(wide, wide));
        Out.println(v(number, number));
        Out.println(count(number));
        Out.println(count());
        Out.println(count(1, 2, 3, 4, 5));
        Out.println(count(new int[7]));
        Out.println(n("s"));
        Out.println(n(null));
        Out.println(n((Object) "s"));
        Out.println(c(letter));
        Out.println(c(letter + 1));
        Out.println(c((char) (letter + 1)));

        Animal[] animals = {new Animal(), new Dog(), new Puppy()};
        Vet[] vets = {new Vet(), new Specialist()};
        for (Vet vet : vets) {
            for (Animal a : animals) {
                Out.print(vet.treat(a));
                Out.print(a.kind());
                Out.println();
            }
            Dog d = new Puppy();
            Out.print(vet.treat(d));
            Out.print(d.kind());
            Out.println();
            Object o = d;
            Out.print(vet.treat(o));
            Out.print(((Animal) o).kind());
            Out.println();
        }
    }
}
