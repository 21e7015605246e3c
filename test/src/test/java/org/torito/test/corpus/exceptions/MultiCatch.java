package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * Multi-catch (catch (A | B e)): one handler for unrelated types, the caught value typed as their common
 * supertype, rethrown precisely; alongside single-type handlers before and after it.
 */
public final class MultiCatch {
    static final class Red extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int shade;

        Red(int shade) {
            this.shade = shade;
        }
    }

    static final class Blue extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final class Green extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static int zero;
    private static int[] small;

    private MultiCatch() {
    }

    static void raise(int k) throws Blue, Green {
        switch (k) {
            case 0:
                throw new Red(k);
            case 1:
                throw new Blue();
            case 2:
                throw new Green();
            case 3:
                Out.print(1 / zero);
                break;
            case 4:
                small[k] = 1;
                break;
            case 5:
                Object o = "x";
                Out.print(((Red) o).shade);
                break;
            default:
                break;
        }
    }

    static String handle(int k) {
        try {
            raise(k);
            return "ok";
        } catch (Blue | Green e) {
            return e instanceof Blue ? "blue or green: blue" : "blue or green: green";
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            return e instanceof ArithmeticException ? "runtime pair: arithmetic" : "runtime pair: bounds";
        } catch (Red | ClassCastException e) {
            RuntimeException r = e;
            return r instanceof Red ? "red or cast: red" : "red or cast: cast";
        }
    }

    /** Rethrows the multi-caught exception; the method only declares Blue and Green. */
    static void rethrow(int k) throws Blue, Green {
        try {
            raise(k);
        } catch (Blue | Green e) {
            Out.print("rethrowing ");
            throw e;
        }
    }

    public static void main(String[] args) {
        zero = 0;
        small = new int[2];
        for (int k = 0; k < 7; k++) {
            Out.println(handle(k));
        }
        for (int k = 1; k < 4; k++) {
            try {
                rethrow(k);
                Out.println("nothing");
            } catch (Green e) {
                Out.println("caught green");
            } catch (Blue e) {
                Out.println("caught blue");
            } catch (ArithmeticException e) {
                Out.println("caught arithmetic");
            }
        }
    }
}
