package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * The JVM's own checks, each raised at a chosen depth below the handler: null receiver, field, array, length,
 * throw of null and monitor; array index below and above the bounds; int and long division and remainder by
 * zero; negative array size; failed checkcast; array store of the wrong type.
 */
public final class RuntimeChecks {
    static final class Cell {
        int value;

        int read() {
            return value;
        }
    }

    private static Cell nullCell;
    private static int[] nullArray;
    private static int zero;
    private static long zeroLong;
    private static int minusOne;

    private RuntimeChecks() {
    }

    static int check(int kind) {
        switch (kind) {
            case 0:
                return nullCell.value;
            case 1:
                nullCell.value = 1;
                return 0;
            case 2:
                return nullCell.read();
            case 3:
                return nullArray[0];
            case 4:
                return nullArray.length;
            case 5:
                RuntimeException none = null;
                throw none;
            case 6:
                synchronized (nullCell) {
                    return 6;
                }
            case 7:
                return small()[minusOne];
            case 8:
                return small()[3 - minusOne];
            case 9:
                return 7 / zero;
            case 10:
                return 7 % zero;
            case 11:
                return (int) (7L / zeroLong);
            case 12:
                return (int) (7L % zeroLong);
            case 13:
                return new int[minusOne].length;
            case 14:
                return new Object[minusOne * 5].length;
            case 15:
                Object o = "cell";
                return ((Cell) o).value;
            case 16:
                Object[] strings = new String[1];
                strings[0] = new Cell();
                return 0;
            case 17:
                nullArray[0] = 1;
                return 0;
            default:
                return kind;
        }
    }

    static int[] small() {
        return new int[3];
    }

    static int atDepth(int kind, int depth) {
        if (depth == 0) {
            return check(kind);
        }
        return atDepth(kind, depth - 1) + 1;
    }

    static String classify(RuntimeException e) {
        if (e instanceof NullPointerException) {
            return "NPE";
        } else if (e instanceof ArrayIndexOutOfBoundsException) {
            return "AIOOBE";
        } else if (e instanceof ArithmeticException) {
            return "AE";
        } else if (e instanceof NegativeArraySizeException) {
            return "NASE";
        } else if (e instanceof ClassCastException) {
            return "CCE";
        } else if (e instanceof ArrayStoreException) {
            return "ASE";
        }
        return "?";
    }

    public static void main(String[] args) {
        nullCell = null;
        nullArray = null;
        zero = 0;
        zeroLong = 0;
        minusOne = -1;
        for (int kind = 0; kind <= 18; kind++) {
            Out.print(kind);
            Out.print(':');
            for (int depth = 0; depth <= 30; depth += 10) {
                Out.print(' ');
                try {
                    Out.print(atDepth(kind, depth));
                } catch (RuntimeException e) {
                    Out.print(classify(e));
                }
            }
            Out.println();
        }
    }
}
