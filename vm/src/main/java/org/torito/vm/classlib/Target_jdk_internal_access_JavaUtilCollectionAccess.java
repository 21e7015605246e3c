package org.torito.vm.classlib;

import org.torito.vm.annotation.TargetClass;

/** Names {@code JavaUtilCollectionAccess} (not exported by java.base) for SharedSecrets' substitution. */
@TargetClass("jdk.internal.access.JavaUtilCollectionAccess")
final class Target_jdk_internal_access_JavaUtilCollectionAccess {
    private Target_jdk_internal_access_JavaUtilCollectionAccess() {
    }
}
