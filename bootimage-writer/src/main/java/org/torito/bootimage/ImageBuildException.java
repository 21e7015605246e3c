package org.torito.bootimage;

/**
 * The image cannot be built: says what is wrong, how the build got there (a chain of methods or classes)
 * and what to do about it. The image writer writes no image when it throws this.
 */
public final class ImageBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImageBuildException(String what, String where, String fix) {
        super(what + (where == null || where.isEmpty() ? "" : "\n  " + where)
                + (fix == null || fix.isEmpty() ? "" : "\n  fix: " + fix));
    }

    public ImageBuildException(String what) {
        this(what, null, null);
    }
}
