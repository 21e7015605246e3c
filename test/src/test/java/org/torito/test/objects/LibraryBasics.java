package org.torito.test.objects;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import org.torito.test.support.Out;

/**
 * Class-library services beneath collections: arrays of a run-time type (Arrays.copyOf), sorting
 * (which reads a system property through a privileged action), System.getProperty's checks and the
 * properties both VMs agree on, System.nanoTime, identity hash codes, clone of arrays and objects.
 */
public final class LibraryBasics {
    static final class Copyable implements Cloneable {
        final long number;
        final String name;

        Copyable(long number, String name) {
            this.number = number;
            this.name = name;
        }

        Copyable copy() {
            try {
                return (Copyable) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static final class NotCopyable {
        Object copy() throws CloneNotSupportedException {
            return clone();
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        long started = System.nanoTime();
        // ArrayList is not here yet: its index checks reach String.format (Formatter, Locale) for their messages
        String[] words = new String[25];
        for (int i = 0; i < 25; i++) {
            words[i] = "w" + (i * 7 % 25);
        }
        Arrays.sort(words);
        Out.println(Arrays.toString(words));
        Arrays.sort(words, Collections.reverseOrder());
        Out.println(words[0] + " " + words[1] + " " + words[24]);

        String[] array = Arrays.copyOf(words, 20);
        Out.println(array.getClass().getName() + " " + array.length + " " + array[19]);
        Object[] copy = Arrays.copyOf(array, 30);
        Out.println(copy.getClass().getName() + " " + copy.length + " " + copy[29]);
        Object[] plain = Arrays.copyOf(array, 3, Object[].class);
        Out.println(plain.getClass().getName() + " " + plain.length);

        int[] numbers = {3, 1, 2};
        int[] numbersCopy = numbers.clone();
        numbersCopy[0] = 9;
        String[][] nested = {{"a"}, {"b"}};
        String[][] nestedCopy = nested.clone();
        Out.println("clone " + numbers[0] + numbersCopy[0] + numbersCopy.length + " shallow "
                + (nested[1] == nestedCopy[1]) + " distinct " + (nested != nestedCopy) + " "
                + nestedCopy.getClass().getName());
        Copyable original = new Copyable(7, "seven");
        Copyable cloned = original.copy();
        Out.println("object clone " + cloned.number + " " + cloned.name + " " + (cloned != original) + " "
                + (cloned.getClass() == Copyable.class));
        try {
            new NotCopyable().copy();
        } catch (CloneNotSupportedException e) {
            Out.println("not cloneable: " + e.getMessage());
        }

        ArrayDeque<Integer> deque = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) { // grows past its first capacity
            if (i % 2 == 0) {
                deque.addLast(i);
            } else {
                deque.addFirst(i);
            }
        }
        Out.println(deque.size() + " " + deque.peekFirst() + " " + deque.peekLast() + " " + deque.pollFirst());

        Out.println("line.separator is \\n: " + "\n".equals(System.getProperty("line.separator")));
        Out.println("file.separator " + System.getProperty("file.separator") + " path.separator "
                + System.getProperty("path.separator"));
        Out.println("unset " + System.getProperty("torito.no.such.key") + " "
                + System.getProperty("torito.no.such.key", "fallback"));
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            Out.println("null key: " + e.getMessage());
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            Out.println("empty key: " + e.getMessage());
        }

        Object plainObject = new Object();
        Out.println("identity hash is Object.hashCode: "
                + (System.identityHashCode(plainObject) == plainObject.hashCode()) + ", of null: "
                + System.identityHashCode(null) + ", stable: "
                + (System.identityHashCode(words) == System.identityHashCode(words)));

        long elapsed = System.nanoTime() - started;
        Out.println("nanoTime advanced: " + (elapsed > 0));

        String privileged = AccessController.doPrivileged((PrivilegedAction<String>) () -> "ran privileged");
        Out.println(privileged);
        try {
            AccessController.doPrivileged((PrivilegedExceptionAction<String>) () -> {
                throw new java.io.IOException("checked");
            });
        } catch (PrivilegedActionException e) {
            Out.println("wrapped " + e.getException().getClass().getName() + ": " + e.getException().getMessage());
        }
        try {
            AccessController.doPrivileged((PrivilegedExceptionAction<String>) () -> {
                throw new IllegalStateException("unchecked");
            });
        } catch (IllegalStateException e) {
            Out.println("passed through: " + e.getMessage());
        } catch (PrivilegedActionException e) {
            Out.println("wrongly wrapped");
        }
    }
}
