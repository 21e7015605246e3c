package org.torito.vm.classlib;

import java.io.ObjectStreamField;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code ThreadLocalRandom}'s static initializer as the JDK's, without its {@code SecureRandom} branch: that
 * runs only when the saved property {@code java.util.secureRandomSeed} is true, and an image has no saved
 * properties; reaching it would bring the security providers into every image that uses a
 * ConcurrentHashMap (which counts with a probe). The seeder mixes the wall clock and the TSC as the JDK's.
 */
@TargetClass("java.util.concurrent.ThreadLocalRandom")
final class Target_java_util_concurrent_ThreadLocalRandom {
    @Alias
    private static ObjectStreamField[] serialPersistentFields;
    @Alias
    private static Target_jdk_internal_misc_Unsafe U;
    @Alias
    private static long SEED;
    @Alias
    private static long PROBE;
    @Alias
    private static long SECONDARY;
    @Alias
    private static long THREADLOCALS;
    @Alias
    private static long INHERITABLETHREADLOCALS;
    @Alias
    private static long INHERITEDACCESSCONTROLCONTEXT;
    @Alias
    private static AtomicInteger probeGenerator;
    @Alias
    private static Target_java_util_concurrent_ThreadLocalRandom instance;
    @Alias
    private static AtomicLong seeder;

    @Alias
    private Target_java_util_concurrent_ThreadLocalRandom() {
    }

    @Substitute(name = "<clinit>")
    static void initialize() {
        serialPersistentFields = new ObjectStreamField[] {
            new ObjectStreamField("rnd", long.class),
            new ObjectStreamField("initialized", boolean.class)};
        U = Target_jdk_internal_misc_Unsafe.getUnsafe();
        SEED = U.objectFieldOffset(Thread.class, "threadLocalRandomSeed");
        PROBE = U.objectFieldOffset(Thread.class, "threadLocalRandomProbe");
        SECONDARY = U.objectFieldOffset(Thread.class, "threadLocalRandomSecondarySeed");
        THREADLOCALS = U.objectFieldOffset(Thread.class, "threadLocals");
        INHERITABLETHREADLOCALS = U.objectFieldOffset(Thread.class, "inheritableThreadLocals");
        INHERITEDACCESSCONTROLCONTEXT = U.objectFieldOffset(Thread.class, "inheritedAccessControlContext");
        probeGenerator = new AtomicInteger();
        instance = new Target_java_util_concurrent_ThreadLocalRandom();
        seeder = new AtomicLong(Target_jdk_internal_util_random_RandomSupport.mixMurmur64(System.currentTimeMillis())
                ^ Target_jdk_internal_util_random_RandomSupport.mixMurmur64(System.nanoTime()));
    }
}
