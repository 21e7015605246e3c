package org.torito.kernel.io;

import java.io.File;
import java.io.IOException;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.io.File}'s view of the file system while an image has none (the ramdisk comes later): an
 * empty one that cannot be written. Paths are resolved and compared as the JDK does on Unix (all of that is
 * Java); asking the file system itself finds nothing.
 */
@TargetClass("java.io.UnixFileSystem")
final class Target_java_io_UnixFileSystem {
    private Target_java_io_UnixFileSystem() {
    }

    @Substitute
    private static void initIDs() {
    }

    /** Nothing to resolve symbolic links against: a canonical path is the absolute path, normalized. */
    @Substitute
    private String canonicalize0(String path) throws IOException {
        return path;
    }

    @Substitute
    public int getBooleanAttributes0(File f) {
        return 0;
    }

    @Substitute
    public boolean checkAccess(File f, int access) {
        return false;
    }

    @Substitute
    public long getLastModifiedTime(File f) {
        return 0;
    }

    @Substitute
    public long getLength(File f) {
        return 0;
    }

    @Substitute
    public boolean setPermission(File f, int access, boolean enable, boolean owneronly) {
        return false;
    }

    @Substitute
    public boolean createFileExclusively(String path) throws IOException {
        throw StandardStreams.noFileSystem(path);
    }

    @Substitute
    private boolean delete0(File f) {
        return false;
    }

    @Substitute
    public String[] list(File f) {
        return null;
    }

    @Substitute
    public boolean createDirectory(File f) {
        return false;
    }

    @Substitute
    private boolean rename0(File f1, File f2) {
        return false;
    }

    @Substitute
    public boolean setLastModifiedTime(File f, long time) {
        return false;
    }

    @Substitute
    public boolean setReadOnly(File f) {
        return false;
    }

    @Substitute
    public long getSpace(File f, int t) {
        return 0;
    }

    @Substitute
    private long getNameMax0(String path) {
        return 255;
    }
}
