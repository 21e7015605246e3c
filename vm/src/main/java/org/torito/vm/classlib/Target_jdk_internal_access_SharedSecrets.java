package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** SharedSecrets initializes the class that registers an access object; the JDK goes through method handles. */
@TargetClass("jdk.internal.access.SharedSecrets")
final class Target_jdk_internal_access_SharedSecrets {
    private Target_jdk_internal_access_SharedSecrets() {
    }

    /**
     * The JDK's initializer only makes the method-handle lookup that {@code ensureClassInitialized} used,
     * which would bring all of {@code java.lang.invoke} into every image.
     */
    @Substitute(name = "<clinit>")
    static void initialize() {
    }

    @Substitute
    private static void ensureClassInitialized(Class<?> c) {
        ClassObjects.initialize(c);
    }

    @Alias
    private static Target_jdk_internal_access_JavaUtilCollectionAccess javaUtilCollectionAccess;

    /** The JDK finds the class that registers this access by name; an image names it, so it is built in. */
    @Substitute
    public static Target_jdk_internal_access_JavaUtilCollectionAccess getJavaUtilCollectionAccess() {
        if (javaUtilCollectionAccess == null) {
            ClassObjects.initialize(Target_java_util_ImmutableCollections_Access.class);
        }
        return javaUtilCollectionAccess;
    }
}
