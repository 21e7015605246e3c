package org.torito.vm.classlib;

import org.torito.vm.annotation.TargetClass;

/** Names {@code ImmutableCollections.Access} (private) so that a substitution can initialize it. */
@TargetClass("java.util.ImmutableCollections$Access")
final class Target_java_util_ImmutableCollections_Access {
    private Target_java_util_ImmutableCollections_Access() {
    }
}
