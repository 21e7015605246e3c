package org.torito.test.corpus.errors;

/**
 * Stack trace arrays as data: copies returned by getStackTrace, setStackTrace with made-up elements,
 * StackTraceElement's accessors, equality and toString forms, and exceptions without a writable trace.
 */
public final class StackTraceElementInspection {
    static final class Untraced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untraced(String message) {
            super(message, null, false, false);
        }
    }

    private StackTraceElementInspection() {
    }

    static RuntimeException make(int depth) {
        return depth == 0 ? new RuntimeException("made at depth") : make(depth - 1);
    }

    public static void main(String[] args) {
        RuntimeException e = make(3);
        StackTraceElement[] trace = e.getStackTrace();
        System.out.println("frames made: " + (trace.length > 4) + " " + trace[0].getMethodName() + " "
                + trace[3].getMethodName() + " " + trace[4].getMethodName());
        trace[0] = null;
        System.out.println("copy: " + (e.getStackTrace()[0] != null));
        System.out.println(e.getStackTrace()[0].equals(e.getStackTrace()[0]) + " "
                + e.getStackTrace()[0].equals(e.getStackTrace()[1]));
        StackTraceElement[] custom = {
            new StackTraceElement("com.example.Parser", "parse", "Parser.java", 120),
            new StackTraceElement("com.example.Parser", "next", null, -1),
            new StackTraceElement("com.example.Native", "poll", "Native.java", -2),
            new StackTraceElement("app", "com.example", "1.0", "com.example.Main", "main", "Main.java", 7),
        };
        for (StackTraceElement el : custom) {
            System.out.println(el + " | " + el.getFileName() + " " + el.getLineNumber() + " " + el.isNativeMethod()
                    + " " + el.getModuleName() + " " + el.getClassLoaderName());
        }
        System.out.println(custom[0].equals(new StackTraceElement("com.example.Parser", "parse", "Parser.java", 120))
                + " " + (custom[0].hashCode() == new StackTraceElement("com.example.Parser", "parse", "Parser.java",
                120).hashCode()));
        e.setStackTrace(custom);
        e.printStackTrace(System.out);
        try {
            e.setStackTrace(new StackTraceElement[] {null});
        } catch (NullPointerException npe) {
            System.out.println("null element: " + npe.getMessage());
        }
        try {
            new StackTraceElement(null, "m", "F.java", 1);
        } catch (NullPointerException npe) {
            System.out.println("null class: " + npe.getMessage());
        }
        Untraced quiet = new Untraced("no trace");
        System.out.println(quiet.getStackTrace().length + " " + quiet);
        quiet.setStackTrace(custom);
        quiet.addSuppressed(new Error("ignored"));
        System.out.println(quiet.getStackTrace().length + " " + quiet.getSuppressed().length);
        quiet.printStackTrace(System.out);
        Throwable empty = new Throwable("empty trace");
        empty.setStackTrace(new StackTraceElement[0]);
        empty.printStackTrace(System.out);
        Throwable refilled = empty.fillInStackTrace();
        System.out.println((refilled == empty) + " " + (empty.getStackTrace().length > 0) + " "
                + empty.getStackTrace()[0].getMethodName());
    }
}
