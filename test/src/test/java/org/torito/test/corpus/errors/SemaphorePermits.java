package org.torito.test.corpus.errors;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Semaphore on one thread: a connection pool's permits, tryAcquire of several, drain, negative permits. */
public final class SemaphorePermits {
    static final class Pool {
        private final Semaphore permits;
        private int inUse;

        Pool(int size) {
            permits = new Semaphore(size, true);
        }

        boolean borrow() {
            if (permits.tryAcquire()) {
                inUse++;
                return true;
            }
            return false;
        }

        void giveBack() {
            inUse--;
            permits.release();
        }
    }

    static final class ShrinkableSemaphore extends Semaphore {
        private static final long serialVersionUID = 1L;

        ShrinkableSemaphore(int permits) {
            super(permits);
        }

        void shrink(int by) {
            reducePermits(by);
        }
    }

    private SemaphorePermits() {
    }

    static String state(Object o) {
        String s = o.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(pool.borrow() ? 'Y' : 'n');
        }
        pool.giveBack();
        sb.append(pool.borrow() ? 'Y' : 'n');
        System.out.println(sb + " inUse=" + pool.inUse + " available=" + pool.permits.availablePermits() + " "
                + pool.permits.isFair() + " " + state(pool.permits));
        Semaphore s = new Semaphore(5);
        System.out.println(s.tryAcquire(3) + " " + s.tryAcquire(3) + " " + s.tryAcquire(2, 1, TimeUnit.MILLISECONDS)
                + " " + s.availablePermits());
        s.release(10);
        System.out.println(s.availablePermits() + " " + s.drainPermits() + " " + s.availablePermits() + " "
                + s.tryAcquire(0));
        s.acquire(0);
        s.release();
        s.acquire();
        System.out.println(s.availablePermits() + " " + s.hasQueuedThreads() + " " + s.getQueueLength());
        Semaphore negative = new Semaphore(-2);
        System.out.println(negative.availablePermits() + " " + negative.tryAcquire() + " " + state(negative));
        negative.release(3);
        System.out.println(negative.tryAcquire() + " " + negative.availablePermits());
        ShrinkableSemaphore shrinking = new ShrinkableSemaphore(4);
        shrinking.shrink(6);
        System.out.println(shrinking.availablePermits() + " " + shrinking.drainPermits());
        try {
            s.release(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("release(-1): " + e);
        }
        try {
            s.tryAcquire(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("tryAcquire(-3): " + e);
        }
        try {
            shrinking.shrink(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("reducePermits(-1): " + e);
        }
        Semaphore huge = new Semaphore(Integer.MAX_VALUE);
        try {
            huge.release();
        } catch (Error e) {
            System.out.println("overflow: " + e);
        }
    }
}
