package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * super.m() where the superclass does not declare m but inherits it as an interface default method: javac
 * emits invokespecial Superclass.m, and JVMS 5.4.3.3 resolves it through the superclass's superinterfaces
 * (maximally-specific default) after its superclass chain.
 */
public final class SuperCallToInheritedDefault {
    interface Greeter {
        default String greet() {
            return "Greeter.greet";
        }

        default int weight() {
            return 1;
        }
    }

    interface LoudGreeter extends Greeter {
        @Override
        default String greet() {
            return "LoudGreeter.greet";
        }
    }

    /** Declares neither greet() nor weight(): both are defaults. */
    static class Quiet implements LoudGreeter {
    }

    static final class Child extends Quiet {
        @Override
        public String greet() {
            return "Child.greet";
        }

        @Override
        public int weight() {
            return super.weight() + 10;
        }

        String parentGreet() {
            return super.greet();
        }
    }

    private SuperCallToInheritedDefault() {
    }

    public static void main(String[] args) {
        Child c = new Child();
        Out.println(c.greet());
        Out.println(c.parentGreet());
        Out.println(c.weight());
        Greeter g = c;
        Out.println(g.weight());
        Out.println(new Quiet().greet());
    }
}
