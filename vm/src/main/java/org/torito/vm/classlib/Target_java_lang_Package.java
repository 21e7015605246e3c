package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** Names Package's constructor of a package without manifest data, for {@link ClassObjects#packageOf}. */
@TargetClass("java.lang.Package")
final class Target_java_lang_Package {
    @Alias
    Target_java_lang_Package(String name, Module module) {
    }
}
