package org.torito.test.corpus.errors;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** ReentrantLock on one thread: reentrant holds, tryLock, counts, unlock without owning, and a timed await. */
public final class ReentrantLockHolds {
    static final class Account {
        private final ReentrantLock lock = new ReentrantLock();
        private long balance;

        void deposit(long amount) {
            lock.lock();
            try {
                if (amount <= 0) {
                    throw new IllegalArgumentException("amount must be positive: " + amount);
                }
                balance += amount;
                audit();
            } finally {
                lock.unlock();
            }
        }

        private void audit() {
            lock.lock();
            try {
                System.out.println("audit balance=" + balance + " holds=" + lock.getHoldCount());
            } finally {
                lock.unlock();
            }
        }
    }

    private ReentrantLockHolds() {
    }

    /** The lock's state as toString prints it after the identity hash. */
    static String state(Object lock) {
        String s = lock.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account();
        a.deposit(100);
        try {
            a.deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " locked=" + a.lock.isLocked());
        }
        ReentrantLock lock = new ReentrantLock(true);
        System.out.println(lock.isFair() + " " + lock.isLocked() + " " + lock.getHoldCount() + " "
                + lock.isHeldByCurrentThread() + " " + lock.hasQueuedThreads() + " " + lock.getQueueLength());
        System.out.println(lock.tryLock() + " " + lock.tryLock() + " " + lock.tryLock(1, TimeUnit.MILLISECONDS));
        lock.lockInterruptibly();
        System.out.println(lock.getHoldCount() + " " + lock.isHeldByCurrentThread() + " " + state(lock));
        while (lock.getHoldCount() > 0) {
            lock.unlock();
        }
        System.out.println(lock.getHoldCount() + " " + lock.isLocked() + " " + state(lock));
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock: " + e);
        }
        Condition ready = lock.newCondition();
        try {
            ready.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal: " + e);
        }
        lock.lock();
        try {
            System.out.println("waited: " + ready.await(1, TimeUnit.MILLISECONDS) + " holds=" + lock.getHoldCount()
                    + " waiters=" + lock.hasWaiters(ready) + " " + lock.getWaitQueueLength(ready));
            ready.signalAll();
        } finally {
            lock.unlock();
        }
        System.out.println(new ReentrantLock().isFair() + " " + lock.isLocked());
    }
}
