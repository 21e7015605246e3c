package org.torito.test.objects;

import org.torito.test.support.Out;

/**
 * Dispatch corners (JVMS §5.4.3-5.4.6): private and static interface methods, default methods overridden and
 * inherited, miranda methods (an abstract class that leaves an interface method to its subclass), bridge
 * methods of generic overrides, package-private methods, and string literals interned across classes.
 */
public final class Dispatch {
    interface Greeter {
        String name();

        default String greet() {
            return prefix(); // no string concatenation: that is invokedynamic
        }

        private String prefix() {
            return "hello ";
        }

        static String shout(Greeter g) {
            return g.greet();
        }
    }

    abstract static class Partial implements Greeter {
        int calls;

        String twice() {
            calls++;
            return name(); // a miranda call: Partial declares no name()
        }
    }

    static final class Full extends Partial {
        @Override
        public String name() {
            return "world";
        }
    }

    interface Box<T> {
        T get();
    }

    static final class IntBox implements Box<Integer> {
        @Override
        public Integer get() { // the compiler adds a bridge get()Ljava/lang/Object;
            return null;
        }
    }

    static class Animal {
        String sound() {
            return "...";
        }
    }

    static final class Dog extends Animal {
        @Override
        String sound() {
            return "woof";
        }
    }

    static final class Literals {
        static String same() {
            return "interned";
        }
    }

    private Dispatch() {
    }

    public static void main(String[] args) {
        Full full = new Full();
        Greeter greeter = full;
        Out.print(greeter.greet());
        Out.println(greeter.name());
        Out.println(Greeter.shout(full));
        Out.println(full.twice());
        Out.println(full.calls);
        Box<Integer> box = new IntBox();
        Object raw = ((Box<?>) box).get();
        Out.println(raw == null);
        Animal a = new Dog();
        Out.println(a.sound());
        Out.println(new Animal().sound());
        Out.println(Literals.same() == "interned");
        Object o = full;
        Out.println(o instanceof Greeter);
        Out.println(o instanceof Partial);
        Out.println(o instanceof Box);
    }
}
