package org.torito.vm.runtime;

import org.torito.vm.classlib.SystemStartup;

/**
 * The class-library initialization a JVM does before the application's first bytecode. HotSpot initializes
 * {@code java.lang.String} (and more) while it creates the VM, and the JDK relies on it: an instance method
 * such as {@code String.length()} reads {@code COMPACT_STRINGS}, which only {@code String}'s static
 * initializer sets, and calling an instance method does not initialize the class (JVMS §5.5). Until the
 * image carries a pre-initialized heap, the boot runs those initializers here, in HotSpot's order, and
 * creates the main thread as HotSpot does before {@code System.initPhase1}.
 */
public final class LibraryStartup {
    private LibraryStartup() {
    }

    /** Runs the static initializers the JDK expects to have run before any of its code. */
    @SuppressWarnings("unused")
    public static void initializeEarlyClasses() {
        // reading a static that is not a compile-time constant initializes the class (JVMS §5.5)
        Object strings = String.CASE_INSENSITIVE_ORDER;
        SystemStartup.initializeSystem(); // properties, JavaLangAccess, then the thread "main"
    }
}
