package org.torito.test.corpus.errors;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/** The exceptions of java.util.concurrent built and unwrapped by hand: constructors, messages and cause chains. */
public final class ConcurrentExceptionTypes {
    static final class TaskFailure extends ExecutionException {
        private static final long serialVersionUID = 1L;

        TaskFailure(String task, Throwable cause) {
            super("task " + task + " failed", cause);
        }
    }

    private ConcurrentExceptionTypes() {
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) {
        Throwable[] samples = {
            new ExecutionException(new ArithmeticException("overflow")),
            new ExecutionException("explicit", null),
            new CompletionException(new ExecutionException(new IllegalStateException("deep"))),
            new CompletionException("with message", new TimeoutException("late")),
            new TaskFailure("import", new CompletionException(new UnsupportedOperationException())),
            new CancellationException("cancelled by user"),
            new CancellationException(),
            new TimeoutException(),
            new RejectedExecutionException("queue full", new Error("capacity")),
            new BrokenBarrierException("party left"),
        };
        for (Throwable t : samples) {
            Throwable root = unwrap(t);
            System.out.println(t + "\n  root=" + root + " same=" + (root == t) + " checked="
                    + !(t instanceof RuntimeException));
        }
        samples[4].printStackTrace(System.out);
        CancellationException c = new CancellationException("stop");
        System.out.println((c instanceof IllegalStateException) + " " + c.getCause());
        try {
            c.initCause(new InterruptedException("interrupted"));
            throw c;
        } catch (IllegalStateException e) {
            System.out.println("caught as IllegalStateException: " + e + " cause " + e.getCause());
        }
    }
}
