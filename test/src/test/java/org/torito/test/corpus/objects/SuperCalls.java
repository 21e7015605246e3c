package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * super.method() reaches the nearest superclass implementation, also when it is inherited from further up;
 * covariant return types (javac bridge methods) dispatch to the override; calls from a superclass method come
 * back down to the override.
 */
public final class SuperCalls {
    static class A {
        int value() {
            return 1;
        }

        A self() {
            return this;
        }

        String name() {
            return "A";
        }

        int twice() {
            return value() * 2;
        }

        long chain() {
            return 1;
        }
    }

    static class B extends A {
        @Override
        int value() {
            return super.value() + 10;
        }

        @Override
        B self() {
            return this;
        }

        @Override
        String name() {
            return "B";
        }

        @Override
        long chain() {
            return super.chain() * 10 + 2;
        }

        String superName() {
            return super.name();
        }
    }

    /** Overrides nothing of its own at value(); its super.value() call goes to B. */
    static class C extends B {
        @Override
        String name() {
            return "C";
        }

        @Override
        long chain() {
            return super.chain() * 10 + 3;
        }

        int superValue() {
            return super.value();
        }
    }

    static final class D extends C {
        @Override
        int value() {
            return super.value() + 100;
        }

        @Override
        D self() {
            return this;
        }

        @Override
        long chain() {
            return super.chain() * 10 + 4;
        }

        int superTwice() {
            return super.twice();
        }

        String names() {
            return super.name();
        }
    }

    private SuperCalls() {
    }

    public static void main(String[] args) {
        A[] all = {new A(), new B(), new C(), new D()};
        for (A a : all) {
            Out.print(a.name());
            Out.print(' ');
            Out.print(a.value());
            Out.print(' ');
            Out.print(a.twice());
            Out.print(' ');
            Out.print(a.chain());
            Out.print(' ');
            Out.print(a.self().name());
            Out.print(' ');
            Out.print(a.self() == a);
            Out.println();
        }
        D d = new D();
        Out.println(d.superValue());
        Out.println(d.superTwice());
        Out.println(d.names());
        Out.println(d.superName());
        B b = d;
        Out.println(b.self().value());
        C c = new C();
        Out.println(c.superValue());
        Out.println(c.self().chain());
    }
}
