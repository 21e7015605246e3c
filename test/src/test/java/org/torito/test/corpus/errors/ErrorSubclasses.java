package org.torito.test.corpus.errors;

/**
 * Errors a program may catch: StackOverflowError from unbounded recursion (recovered from twice),
 * AssertionError's constructors for each detail type, and errors thrown and caught like exceptions.
 */
public final class ErrorSubclasses {
    private static int depth;

    private ErrorSubclasses() {
    }

    static int recurse(int n) {
        depth = n;
        return recurse(n + 1) + 1;
    }

    static long sumTo(long n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 2; round++) {
            try {
                recurse(0);
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": " + e.getClass().getName() + " deep=" + (depth > 1000)
                        + " message=" + e.getMessage() + " top=" + e.getStackTrace()[0].getMethodName());
            }
            System.out.println("after overflow: " + sumTo(1000));
        }
        Object[] details = {"text", 42, 7L, 2.5f, 1.25, 'x', true, null, new IllegalStateException("as cause")};
        for (Object d : details) {
            AssertionError e = new AssertionError(d);
            System.out.println(e.getMessage() + " | cause=" + e.getCause());
        }
        AssertionError withCause = new AssertionError("explicit", new ArithmeticException("inner"));
        System.out.println(withCause + " / " + withCause.getCause());
        System.out.println(new AssertionError(false).getMessage() + " " + new AssertionError(-0.0).getMessage()
                + " " + new AssertionError(Long.MIN_VALUE).getMessage() + " " + new AssertionError('\u00e9').getMessage());
        Error[] errors = {new OutOfMemoryError("simulated"), new InternalError("internal", new Error("x")),
            new LinkageError("link"), new NoClassDefFoundError("com/example/Missing"), new VirtualMachineError() {
                private static final long serialVersionUID = 1L;
            }};
        for (Error err : errors) {
            try {
                throw err;
            } catch (LinkageError e) {
                System.out.println("linkage: " + e.getMessage() + " " + (e instanceof NoClassDefFoundError));
            } catch (VirtualMachineError e) {
                System.out.println("vm: " + e.getMessage() + " cause=" + e.getCause() + " anonymous="
                        + e.getClass().isAnonymousClass());
            }
        }
    }
}
