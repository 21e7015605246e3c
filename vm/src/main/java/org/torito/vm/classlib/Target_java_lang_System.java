package org.torito.vm.classlib;

import java.io.InputStream;
import java.io.PrintStream;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Inject;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.ArrayCopy;
import org.torito.vm.runtime.Clock;
import org.torito.vm.runtime.IdentityHash;

/** {@code java.lang.System}'s natives that the runtime provides so far. */
@TargetClass("java.lang.System")
final class Target_java_lang_System {
    private Target_java_lang_System() {
    }

    @Alias
    public static InputStream in;
    @Alias
    public static PrintStream out;
    @Alias
    public static PrintStream err;
    @Alias
    private static java.util.Properties props;

    /** The standard streams are final fields only the VM writes; these are how System.setIn/Out/Err do. */
    @Substitute
    private static void setIn0(InputStream stream) {
        in = stream;
    }

    @Substitute
    private static void setOut0(PrintStream stream) {
        out = stream;
    }

    @Substitute
    private static void setErr0(PrintStream stream) {
        err = stream;
    }

    /** HotSpot binds System's natives here; Torito's are substitutions, so there is nothing to register. */
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.arraycopy(src, srcPos, dest, destPos, length);
    }

    /** The hash Object.hashCode gives, even where a class overrides it; 0 for null. */
    @Substitute
    public static int identityHashCode(Object x) {
        return x == null ? 0 : IdentityHash.of(x);
    }

    @Alias
    private static void setJavaLangAccess() {
        throw new AssertionError("alias");
    }

    /**
     * What HotSpot's {@code initPhase1} does that an image needs: the system properties (computed at build
     * time from the raw VM and platform values, see SystemProps.Raw's substitution and
     * {@link BuildTimeProperties}) and the JavaLangAccess that java.base's internals reach String and Thread
     * through. The standard streams are the kernel's ({@code kernel.io}).
     */
    @Inject
    static void initializeForImage() {
        props = BuildTimeProperties.initial; // as System.setProperties(props) does, without its reset path
        setJavaLangAccess();
        Target_jdk_internal_misc_VM.initLevel(1);
    }

    /** {@code line.separator} as the JDK reads it once at startup: an image runs on a "\n" platform. */
    @Substitute
    public static String lineSeparator() {
        return "\n";
    }

    /**
     * An image runs one trusted application and never has a security manager (as {@code
     * -Djava.security.manager=disallow}); the JDK's permission checks are skipped for good, and the
     * substitutions rely on it.
     */
    @Substitute
    public static void setSecurityManager(SecurityManager sm) {
        throw new UnsupportedOperationException("Torito images never have a security manager");
    }

    @Substitute
    public static long currentTimeMillis() {
        return Math.floorDiv(Clock.epochNanos(), 1_000_000L);
    }

    @Substitute
    public static long nanoTime() {
        return Clock.nanoTime();
    }
}
