package org.torito.vm.classlib;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.torito.vm.Magic;

/**
 * The application's resource files, embedded in the image by the image writer (every file that is not a
 * class on the application's class path): a table of (name, bytes), names absolute as a class loader sees
 * them ({@code org/acme/config.properties}). The JDK's own resources are not embedded yet.
 */
public final class Resources {
    /** Address of a count (u64), then (name String, byte[]) address pairs; set by the image writer, 0 if none. */
    static long table;

    private Resources() {
    }

    /** A stream over the resource {@code absoluteName}, or null when the image has no such resource. */
    public static InputStream open(String absoluteName) {
        if (table == 0 || absoluteName == null) {
            return null;
        }
        long count = Magic.loadLong(table);
        for (long i = 0; i < count; i++) {
            long entry = table + 8 + 16 * i;
            if (absoluteName.equals(Magic.toObject(Magic.loadLong(entry)))) {
                return new ByteArrayInputStream((byte[]) Magic.toObject(Magic.loadLong(entry + 8)));
            }
        }
        return null;
    }
}
