package org.torito.test.objects;

import org.torito.test.support.Out;

/** getClass() and class literals are the same objects; Class.getName gives Java's names; getSuperclass. */
public final class Classes {
    static class Base {
    }

    static final class Derived extends Base {
    }

    private Classes() {
    }

    public static void main(String[] args) {
        Base b = new Derived();
        Out.println(b.getClass() == Derived.class);
        Out.println(b.getClass() == Base.class);
        Out.println(b.getClass().getName());
        Out.println(new int[2].getClass().getName());
        Out.println(new String[1].getClass().getName());
        Out.println(new Base[0][0].getClass().getName());
        Out.println("text".getClass().getName());
        Out.println(String.class.getName());
        Object o = new Object();
        Out.println(o.getClass() == Object.class);

        Out.println("superclasses: " + Derived.class.getSuperclass().getName() + " "
                + Base.class.getSuperclass().getName() + " " + Object.class.getSuperclass() + " "
                + Runnable.class.getSuperclass() + " " + int.class.getSuperclass() + " "
                + int[].class.getSuperclass().getName() + " " + String[][].class.getSuperclass().getName() + " "
                + (b.getClass().getSuperclass() == Base.class));
    }
}
