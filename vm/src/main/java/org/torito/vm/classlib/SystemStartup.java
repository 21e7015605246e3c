package org.torito.vm.classlib;

import org.torito.vm.runtime.ClassInit;

/**
 * The class library's part of startup, in HotSpot's order: {@code System}'s first phase (properties and the
 * JDK's internal access objects), the classes of the objects the image heap holds, then the main thread.
 * Runtime code calls injected JDK methods through the substitution classes' names, which the image writer
 * turns into the targets' names.
 */
public final class SystemStartup {
    private SystemStartup() {
    }

    public static void initializeSystem() {
        Target_java_lang_System.initializeForImage();
        ClassInit.initializeClassesOfImageObjects(); // the properties' map among them
        JavaThreads.startMainThread();
    }
}
