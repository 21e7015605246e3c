package org.torito.test.corpus.errors;

/** Exceptions thrown at depths one to four below the handler, printed whole and walked element by element. */
public final class StackTraceDepths {
    private StackTraceDepths() {
    }

    static int descend(int depth, String label) {
        if (depth == 0) {
            throw new IllegalStateException("bottom reached: " + label);
        }
        return descend(depth - 1, label) + 1;
    }

    static int viaHelper(int depth) {
        return helper(depth) * 2;
    }

    private static int helper(int depth) {
        return descend(depth, "helper");
    }

    static void printElements(Throwable t, int limit) {
        StackTraceElement[] trace = t.getStackTrace();
        int shown = Math.min(limit, trace.length);
        for (int i = 0; i < shown; i++) {
            StackTraceElement e = trace[i];
            System.out.printf("  [%d] %s.%s line %d file %s native=%b%n", i, e.getClassName(),
                    e.getMethodName(), e.getLineNumber(), e.getFileName(), e.isNativeMethod());
        }
    }

    public static void main(String[] args) {
        for (int depth = 1; depth <= 4; depth++) {
            try {
                System.out.println(descend(depth, "d" + depth));
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage() + ", frames above main: "
                        + (e.getStackTrace().length - depth));
                printElements(e, depth + 2);
            }
        }
        try {
            viaHelper(2);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
        try {
            descend(0, "direct");
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top);
            System.out.println(top.getClassName().endsWith("StackTraceDepths") + " " + top.getMethodName());
        }
        Throwable fresh = new Throwable("never thrown");
        System.out.println(fresh.getStackTrace()[0].getMethodName() + " " + fresh);
        fresh.printStackTrace(System.out);
    }
}
