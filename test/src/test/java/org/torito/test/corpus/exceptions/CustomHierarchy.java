package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * A custom exception hierarchy (checked and unchecked, with fields): handlers are tried in order and the first
 * whose type matches wins, so a subclass handler before its superclass's catches the subclass only; an
 * exception no handler matches leaves the method.
 */
public final class CustomHierarchy {
    static class AppException extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        AppException(int code) {
            this.code = code;
        }

        String kind() {
            return "app";
        }
    }

    static class StorageException extends AppException {
        private static final long serialVersionUID = 1L;

        StorageException(int code) {
            super(code);
        }

        @Override
        String kind() {
            return "storage";
        }
    }

    static final class DiskFullException extends StorageException {
        private static final long serialVersionUID = 1L;
        final long needed;

        DiskFullException(int code, long needed) {
            super(code);
            this.needed = needed;
        }

        @Override
        String kind() {
            return "disk full";
        }
    }

    static final class NetworkException extends AppException {
        private static final long serialVersionUID = 1L;

        NetworkException(int code) {
            super(code);
        }

        @Override
        String kind() {
            return "network";
        }
    }

    static class Glitch extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class BigGlitch extends Glitch {
        private static final long serialVersionUID = 1L;
    }

    private static int selector;

    private CustomHierarchy() {
    }

    static void fail(int which) throws AppException {
        switch (which) {
            case 0:
                throw new AppException(100);
            case 1:
                throw new StorageException(200);
            case 2:
                throw new DiskFullException(300, 1L << 40);
            case 3:
                throw new NetworkException(400);
            case 4:
                throw new Glitch();
            case 5:
                throw new BigGlitch();
            case 6:
                throw new IllegalStateException();
            default:
                Out.print("no failure ");
        }
    }

    static String specificFirst(int which) {
        try {
            fail(which);
            return "none";
        } catch (DiskFullException e) {
            return "DiskFull";
        } catch (StorageException e) {
            return "Storage";
        } catch (NetworkException e) {
            return "Network";
        } catch (AppException e) {
            return "App";
        } catch (BigGlitch e) {
            return "BigGlitch";
        } catch (Glitch e) {
            return "Glitch";
        }
    }

    static int generalOnly(int which) throws AppException {
        try {
            fail(which);
            return 0;
        } catch (StorageException e) {
            Out.print(e.kind());
            Out.print(' ');
            return e.code;
        } catch (RuntimeException e) {
            Out.print(e instanceof Glitch ? "glitch " : "runtime ");
            return -1;
        }
    }

    public static void main(String[] args) {
        selector = 0;
        for (int i = selector; i <= 7; i++) {
            try {
                Out.println(specificFirst(i));
            } catch (RuntimeException e) {
                Out.println("escaped specificFirst");
            }
        }
        for (int i = selector; i <= 7; i++) {
            try {
                Out.println(generalOnly(i));
            } catch (AppException e) {
                Out.print("escaped generalOnly: ");
                Out.print(e.kind());
                Out.print(' ');
                Out.println(e.code);
            }
        }
        try {
            fail(2);
        } catch (AppException e) {
            Out.print(e.kind());
            Out.print(' ');
            Out.print(e instanceof StorageException);
            Out.print(' ');
            Out.println(((DiskFullException) e).needed);
        }
    }
}
