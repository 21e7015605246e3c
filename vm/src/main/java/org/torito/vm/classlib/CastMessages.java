package org.torito.vm.classlib;

/**
 * The message of a failed cast, as HotSpot words it: {@code class A cannot be cast to class B (A and B are in
 * module java.base of loader 'bootstrap')}, or with a clause for each class when they live apart. In an image
 * the JDK's classes are java.base's, loaded by the boot loader, and the application's are in the unnamed
 * module of the application loader, as they are when {@code java -cp} runs them. An array lives where its
 * element type does; arrays of primitives are java.base's.
 */
public final class CastMessages {
    private CastMessages() {
    }

    public static String cannotCast(Class<?> from, Class<?> to) {
        String fromPlace = place(from);
        String toPlace = place(to);
        String where = fromPlace.equals(toPlace)
                ? from.getName() + " and " + to.getName() + " are in " + fromPlace
                : from.getName() + " is in " + fromPlace + "; " + to.getName() + " is in " + toPlace;
        return "class " + from.getName() + " cannot be cast to class " + to.getName() + " (" + where + ")";
    }

    private static String place(Class<?> c) {
        return ClassObjects.inJavaBase(c) ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }
}
