package org.torito.test.exceptions;

import org.torito.test.support.Out;

/**
 * Exceptions thrown and caught: by type and supertype, across frames, through finally, rethrown, nested,
 * from the runtime's checks (null, bounds, divide, cast, array store, negative size), user-defined.
 */
public final class TryCatch {
    static final class MyException extends RuntimeException {
        final int code;

        MyException(int code) {
            this.code = code;
        }
    }

    static final class Other extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final class Box {
        int value;
    }

    private static int zero;
    private static int depth;

    private TryCatch() {
    }

    static int thrower(int n) {
        if (n == 0) {
            throw new MyException(42);
        }
        return thrower(n - 1) + 1;
    }

    static void checked() throws Other {
        throw new Other();
    }

    static int withFinally(int x) {
        try {
            if (x > 0) {
                return x * 2;
            }
            throw new MyException(x);
        } finally {
            depth++;
        }
    }

    public static void main(String[] args) {
        try {
            thrower(50);
            Out.println("not reached");
        } catch (MyException e) {
            Out.print("caught MyException code=");
            Out.println(e.code);
        }
        try {
            checked();
        } catch (Other e) {
            Out.println("caught checked Other");
        }
        try {
            Box box = null;
            Out.println(box.value);
        } catch (NullPointerException e) {
            Out.println("caught NPE");
        }
        try {
            int[] a = new int[2];
            a[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            Out.println("caught AIOOBE");
        }
        try {
            Out.println(10 / zero);
        } catch (ArithmeticException e) {
            Out.println("caught ArithmeticException");
        }
        try {
            Out.println(10L % zero);
        } catch (RuntimeException e) {
            Out.println("caught long remainder by zero as RuntimeException");
        }
        try {
            Object s = "string";
            Integer i = (Integer) s;
            Out.println(i.intValue());
        } catch (ClassCastException e) {
            Out.println("caught ClassCastException");
        }
        try {
            Object[] strings = new String[1];
            strings[0] = new Object();
        } catch (ArrayStoreException e) {
            Out.println("caught ArrayStoreException");
        }
        try {
            int[] negative = new int[zero - 1];
            Out.println(negative.length);
        } catch (NegativeArraySizeException e) {
            Out.println("caught NegativeArraySizeException");
        }
        Out.println(withFinally(5));
        try {
            withFinally(-3);
        } catch (MyException e) {
            Out.print("finally ran, code=");
            Out.println(e.code);
        }
        Out.print("finally count=");
        Out.println(depth);
        try {
            try {
                throw new MyException(1);
            } catch (MyException e) {
                throw new MyException(e.code + 1);
            }
        } catch (MyException e) {
            Out.print("rethrown code=");
            Out.println(e.code);
        }
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            try {
                if (i % 7 == 0) {
                    throw new MyException(i);
                }
                sum += i;
            } catch (MyException e) {
                sum -= e.code;
            }
        }
        Out.print("loop sum=");
        Out.println(sum);
        Throwable t = new MyException(3);
        Out.print("instanceof RuntimeException ");
        Out.print(t instanceof RuntimeException);
        Out.println();
    }
}
