package org.torito.vm.classlib;

import java.io.ObjectStreamField;
import java.util.concurrent.atomic.AtomicLong;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code Random}'s static initializer as the JDK's, except that the offset of {@code seed} comes from
 * {@code Unsafe.objectFieldOffset(Class, String)} instead of a reflective {@code Field}, which would bring
 * reflection into every image that hashes concurrently (ConcurrentHashMap counts with a Random).
 */
@TargetClass("java.util.Random")
final class Target_java_util_Random {
    @Alias
    private static AtomicLong seedUniquifier;
    @Alias
    private static ObjectStreamField[] serialPersistentFields;
    @Alias
    private static Target_jdk_internal_misc_Unsafe unsafe;
    @Alias
    private static long seedOffset;

    private Target_java_util_Random() {
    }

    @Substitute(name = "<clinit>")
    static void initialize() {
        seedUniquifier = new AtomicLong(8682522807148012L);
        serialPersistentFields = new ObjectStreamField[] {
            new ObjectStreamField("seed", Long.TYPE),
            new ObjectStreamField("nextNextGaussian", Double.TYPE),
            new ObjectStreamField("haveNextNextGaussian", Boolean.TYPE)};
        unsafe = Target_jdk_internal_misc_Unsafe.getUnsafe();
        seedOffset = unsafe.objectFieldOffset(java.util.Random.class, "seed");
    }
}
