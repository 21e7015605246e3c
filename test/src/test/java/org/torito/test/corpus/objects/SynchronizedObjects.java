package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * synchronized methods and blocks on objects, on classes (static synchronized) and re-entered on the same
 * monitor; a monitor is released on the way out of an exception, so the next synchronized block still works.
 */
public final class SynchronizedObjects {
    static final class Account {
        private long balance;
        private int operations;

        synchronized void deposit(long amount) {
            balance += amount;
            operations++;
        }

        synchronized boolean withdraw(long amount) {
            if (amount > balance) {
                return false;
            }
            deposit(-amount);
            return true;
        }

        void transferTo(Account other, long amount) {
            synchronized (this) {
                synchronized (other) {
                    if (withdraw(amount)) {
                        other.deposit(amount);
                    }
                }
            }
        }

        synchronized long balance() {
            return balance;
        }
    }

    private static int globalCount;
    private static final Object LOCK = new Object();

    private SynchronizedObjects() {
    }

    static synchronized int bump() {
        return ++globalCount;
    }

    static int nested(int depth) {
        synchronized (LOCK) {
            if (depth == 0) {
                return bump();
            }
            return nested(depth - 1) + 1;
        }
    }

    static void failInside(Account a) {
        synchronized (a) {
            a.deposit(1);
            throw new IllegalStateException();
        }
    }

    public static void main(String[] args) {
        globalCount = 0;
        Account a = new Account();
        Account b = new Account();
        a.deposit(1000);
        for (int i = 0; i < 10; i++) {
            a.transferTo(b, 75);
            b.transferTo(a, 20);
        }
        a.transferTo(b, 1000000);
        Out.println(a.balance());
        Out.println(b.balance());
        Out.println(a.operations + b.operations);
        Out.println(nested(50));
        Out.println(bump());
        for (int i = 0; i < 3; i++) {
            try {
                failInside(a);
            } catch (IllegalStateException e) {
                Out.print("released ");
            }
        }
        Out.println();
        synchronized (a) {
            synchronized (a) {
                a.deposit(5);
            }
        }
        Out.println(a.balance());
        int[] shared = new int[1];
        for (int i = 0; i < 100; i++) {
            synchronized (shared) {
                shared[0] += i;
            }
        }
        Out.println(shared[0]);
        synchronized (SynchronizedObjects.class) {
            Out.println(bump());
        }
    }
}
