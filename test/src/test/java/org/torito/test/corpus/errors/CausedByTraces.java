package org.torito.test.corpus.errors;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Cause chains printed by printStackTrace: "Caused by:" sections with "... n more" for the frames in common. */
public final class CausedByTraces {
    static final class StorageException extends Exception {
        private static final long serialVersionUID = 1L;

        StorageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CausedByTraces() {
    }

    static void readBlock(int block) throws IOException {
        if (block >= 8) {
            throw new IOException("block " + block + " beyond device end");
        }
    }

    static void readFile(int first, int count) throws StorageException {
        try {
            for (int b = first; b < first + count; b++) {
                readBlock(b);
            }
        } catch (IOException e) {
            throw new StorageException("cannot read file at block " + first, e);
        }
    }

    static void load(int first) {
        try {
            readFile(first, 3);
        } catch (StorageException e) {
            throw new UncheckedIOException("load failed", new IOException(e));
        }
    }

    public static void main(String[] args) {
        try {
            load(6);
        } catch (UncheckedIOException e) {
            e.printStackTrace(System.out);
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println(depth++ + ": " + t);
            }
        }
        RuntimeException wrapped = new RuntimeException(new IllegalStateException("root"));
        System.out.println(wrapped.getMessage());
        wrapped.printStackTrace(System.out);
        Exception noMessage = new Exception((String) null, new ArithmeticException());
        noMessage.printStackTrace(System.out);
        Throwable late = new IllegalArgumentException("late cause");
        Exception holder = new Exception("holder");
        holder.initCause(late);
        holder.printStackTrace(System.out);
        try {
            holder.initCause(new Error());
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            late.initCause(late);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
