package org.torito.vm.classlib;

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

    @Substitute
    public static long nanoTime() {
        return Clock.nanoTime();
    }
}
