package org.torito.compiler.baseline;

/** A method uses something the baseline compiler cannot compile (yet); names the method, bytecode and offset. */
public final class UnsupportedBytecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String bytecode;
    private final int bci;

    public UnsupportedBytecodeException(String method, String bytecode, int bci, String why) {
        super(method + ": bytecode " + bytecode + " at offset " + bci + " is not supported: " + why);
        this.method = method;
        this.bytecode = bytecode;
        this.bci = bci;
    }

    public String method() {
        return method;
    }

    public String bytecode() {
        return bytecode;
    }

    public int bci() {
        return bci;
    }
}
