package org.torito.bootimage.launch;

/**
 * {@value QemuCommandLine#QEMU_BINARY} is not on {@code PATH}: nothing can boot. The message says how to
 * install it; {@code ./torito boot} exits 127 on it, like a shell for a missing command.
 */
public final class QemuNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String searchedPath;

    public QemuNotFoundException(String searchedPath) {
        super(QemuCommandLine.QEMU_BINARY + " is not installed (not found on PATH=" + searchedPath + "):"
                + " ./torito test installs it, or run apt-get install qemu-system-x86");
        this.searchedPath = searchedPath;
    }

    /** The {@code PATH} value that was searched. */
    public String searchedPath() {
        return searchedPath;
    }
}
