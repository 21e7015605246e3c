package org.torito.vm.classlib;

import java.lang.module.ModuleDescriptor;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Modules in an image (see {@link ClassObjects#moduleOf}): the JDK's classes are in a named module
 * "java.base" (its descriptor has only the name), the application's in the unnamed module. The natives
 * register modules and their edges with HotSpot; an image has no such registry, so they do nothing and the
 * Java side keeps its own maps.
 */
@TargetClass("java.lang.Module")
final class Target_java_lang_Module {
    /** A named module in no layer, not defined to a VM: how an image has java.base. */
    @Alias
    Target_java_lang_Module(ClassLoader loader, ModuleDescriptor descriptor) {
    }

    @Alias
    Target_java_lang_Module(ClassLoader loader) {
    }

    @Substitute
    private static void defineModule0(Target_java_lang_Module module, boolean isOpen, String version,
                                      String location, Object[] pns) {
    }

    @Substitute
    private static void addReads0(Target_java_lang_Module from, Target_java_lang_Module to) {
    }

    @Substitute
    private static void addExports0(Target_java_lang_Module from, String pn, Target_java_lang_Module to) {
    }

    @Substitute
    private static void addExportsToAll0(Target_java_lang_Module from, String pn) {
    }

    @Substitute
    private static void addExportsToAllUnnamed0(Target_java_lang_Module from, String pn) {
    }
}
