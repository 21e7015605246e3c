package org.torito.vm.classlib;

import java.io.InputStream;
import java.io.PrintStream;
import org.torito.vm.annotation.Alias;
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

    /**
     * The system properties an image defines, until it carries the JDK's own: the platform's separators and
     * names ({@code os.name=Torito}); any other key is unset. Keys are checked as the JDK checks them.
     */
    @Substitute
    public static String getProperty(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
        return switch (key) {
            case "os.name" -> "Torito";
            case "os.arch" -> "amd64";
            case "java.vm.name" -> "Torito";
            case "java.specification.version" -> "17";
            case "file.separator" -> "/";
            case "path.separator" -> ":";
            case "line.separator" -> "\n";
            case "file.encoding", "native.encoding", "sun.jnu.encoding" -> "UTF-8";
            default -> null;
        };
    }

    @Substitute
    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
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
