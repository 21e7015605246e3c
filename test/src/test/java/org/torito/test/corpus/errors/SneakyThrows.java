package org.torito.test.corpus.errors;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Checked exceptions through unchecked paths: a generic sneaky throw, Callable results and failures wrapped by
 * hand, and catch clauses that tell checked from unchecked at run time.
 */
public final class SneakyThrows {
    private SneakyThrows() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> void sneaky(Throwable t) throws E {
        throw (E) t;
    }

    static void quietlyFail(String what) {
        SneakyThrows.<RuntimeException>sneaky(new IOException("disk full while " + what));
    }

    static <T> T callUnchecked(Callable<T> c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("callable failed: " + e.getMessage(), e);
        }
    }

    static String kind(Throwable t) {
        if (t instanceof RuntimeException) {
            return "unchecked";
        } else if (t instanceof Error) {
            return "error";
        }
        return "checked";
    }

    public static void main(String[] args) {
        try {
            quietlyFail("saving");
        } catch (Exception e) {
            System.out.println(kind(e) + " " + (e instanceof IOException) + " " + e);
            e.printStackTrace(System.out);
        }
        System.out.println(callUnchecked(() -> "value"));
        Callable<Integer>[] calls = new Callable[3];
        calls[0] = () -> {
            throw new IOException("no network");
        };
        calls[1] = () -> {
            throw new UnsupportedOperationException("not yet");
        };
        calls[2] = () -> {
            throw new InterruptedException("stopped");
        };
        for (Callable<Integer> c : calls) {
            try {
                callUnchecked(c);
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage() + " / cause " + kind(e.getCause()) + " " + e.getCause());
            } catch (RuntimeException e) {
                System.out.println("passed through: " + e);
            }
        }
        Throwable[] all = {new IOException(), new Error(), new IllegalStateException(), new Throwable(),
            new ReflectiveOperationException(), new InterruptedException(), new CloneNotSupportedException()};
        StringBuilder sb = new StringBuilder();
        for (Throwable t : all) {
            sb.append(t.getClass().getSimpleName()).append('=').append(kind(t)).append(' ');
        }
        System.out.println(sb.toString().trim());
    }
}
