package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.lang.ClassLoader} in an image, where every class was loaded at build time: the boot loader
 * (null) defines all of them until run-time class loading lands, so the built-in platform and application
 * loaders are the boot loader too (their JDK implementations read the module path and the jimage).
 */
@TargetClass("java.lang.ClassLoader")
final class Target_java_lang_ClassLoader {
    private Target_java_lang_ClassLoader() {
    }

    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    static ClassLoader getBuiltinPlatformClassLoader() {
        return null;
    }

    @Substitute
    static ClassLoader getBuiltinAppClassLoader() {
        return null;
    }

    /** The embedded resources ({@link Resources}): the boot loader is every class's loader in an image. */
    @Substitute
    public static java.io.InputStream getSystemResourceAsStream(String name) {
        return Resources.open(name);
    }
}
