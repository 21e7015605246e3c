package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/** this(...) and super(...) chains: which constructors run, in which order, with which arguments. */
public final class ConstructorChains {
    static class Base {
        final int x;
        final int y;

        Base() {
            this(1);
            Out.println("Base()");
        }

        Base(int x) {
            this(x, x * 10);
            Out.print("Base(int) ");
            Out.println(x);
        }

        Base(int x, int y) {
            this.x = x;
            this.y = y;
            Out.print("Base(int,int) ");
            Out.print(x);
            Out.print(' ');
            Out.println(y);
        }
    }

    static class Middle extends Base {
        final long z;

        Middle() {
            super();
            z = -1;
            Out.println("Middle()");
        }

        Middle(long z) {
            super((int) z, (int) (z >> 32));
            this.z = z;
            Out.println("Middle(long)");
        }

        Middle(int a, int b) {
            this((long) b << 32 | a);
            Out.println("Middle(int,int)");
        }
    }

    static final class Leaf extends Middle {
        final String tag;

        Leaf() {
            this("default");
            Out.println("Leaf()");
        }

        Leaf(String tag) {
            super(base, base + 1);
            this.tag = tag;
            Out.print("Leaf(String) ");
            Out.println(tag);
        }

        Leaf(boolean plain) {
            this.tag = plain ? "plain" : "fancy";
            Out.println("Leaf(boolean)");
        }
    }

    private static int base;

    private ConstructorChains() {
    }

    public static void main(String[] args) {
        base = 5;
        Base b = new Base();
        show(b);
        Out.println("--");
        show(new Base(7));
        Out.println("--");
        Middle m = new Middle(3, 4);
        show(m);
        Out.println(m.z);
        Out.println("--");
        Leaf l = new Leaf();
        show(l);
        Out.println(l.z);
        Out.println(l.tag);
        Out.println("--");
        Leaf p = new Leaf(false);
        show(p);
        Out.println(p.z);
        Out.println(p.tag);
    }

    private static void show(Base b) {
        Out.print("x=");
        Out.print(b.x);
        Out.print(" y=");
        Out.println(b.y);
    }
}
