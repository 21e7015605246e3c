package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Static dispatch against dynamic: fields and static methods are hidden, chosen by the static type; instance
 * methods are overridden, chosen by the receiver's class; private methods are never overridden.
 */
public final class Hiding {
    static class Outer {
        int field = 1;
        static int counter = 10;
        String label = "outer";

        static String who() {
            return "Outer.who";
        }

        String what() {
            return "Outer.what";
        }

        private String secret() {
            return "Outer.secret";
        }

        String callSecret() {
            return secret();
        }

        String callWho() {
            return who();
        }

        int readField() {
            return field;
        }
    }

    static final class Sub extends Outer {
        int field = 2;
        static int counter = 20;
        long label = 99;

        static String who() {
            return "Sub.who";
        }

        @Override
        String what() {
            return "Sub.what";
        }

        @SuppressWarnings("unused")
        private String secret() {
            return "Sub.secret";
        }

        int superField() {
            return super.field;
        }

        @Override
        int readField() {
            return field * 100 + super.readField();
        }
    }

    private Hiding() {
    }

    public static void main(String[] args) {
        Outer.counter = 10;
        Sub.counter = 20;
        Sub s = new Sub();
        Outer o = s;
        Out.println(s.field);
        Out.println(o.field);
        Out.println(((Outer) s).field);
        Out.println(s.superField());
        s.field = 5;
        o.field = 6;
        Out.println(s.field);
        Out.println(o.field);
        Out.println(s.readField());
        Out.println(o.readField());
        Out.println(s.label);
        Out.println(o.label);
        Out.println(Outer.who());
        Out.println(Sub.who());
        Out.println(o.what());
        Out.println(o.callSecret());
        Out.println(s.callSecret());
        Out.println(o.callWho());
        Outer.counter++;
        Sub.counter += 2;
        Out.println(Outer.counter);
        Out.println(Sub.counter);
        Outer plain = new Outer();
        Out.println(plain.what());
        Out.println(plain.readField());
    }
}
