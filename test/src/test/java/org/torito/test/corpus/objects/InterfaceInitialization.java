package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * JVMS 5.5 for interfaces: an interface's static fields are initialized on first use of a non-constant field
 * or a static method, not when a class implementing it is initialized, unless the interface declares default
 * methods: then initializing the implementing class initializes it first (step 7). Constants never trigger.
 */
public final class InterfaceInitialization {
    static int trace(String what, int value) {
        Out.println(what);
        return value;
    }

    interface Plain {
        int CONSTANT = 5;
        int COMPUTED = trace("Plain initialized", 10);

        int value();
    }

    interface WithDefault {
        int COMPUTED = trace("WithDefault initialized", 20);

        default int twice() {
            return 2;
        }
    }

    interface WithStatic {
        int COMPUTED = trace("WithStatic initialized", 30);

        static int call() {
            return 31;
        }
    }

    static final class Impl implements Plain, WithDefault {
        static int own = trace("Impl initialized", 40);

        @Override
        public int value() {
            return 1;
        }
    }

    private InterfaceInitialization() {
    }

    public static void main(String[] args) {
        Out.println("start");
        Out.println(Plain.CONSTANT);
        Impl impl = new Impl();
        Out.println(impl.value() + impl.twice());
        Out.println(Impl.own);
        Out.println("before Plain.COMPUTED");
        Out.println(Plain.COMPUTED);
        Out.println(WithDefault.COMPUTED);
        Out.println("before WithStatic.call");
        Out.println(WithStatic.call());
        Out.println(WithStatic.COMPUTED);
    }
}
