package org.torito.test.corpus.errors;

import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** ReentrantReadWriteLock on one thread: read and write hold counts, downgrading, refused upgrades. */
public final class ReadWriteLockHolds {
    static final class Cache {
        private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        private final TreeMap<String, String> data = new TreeMap<>();

        String get(String key) {
            rw.readLock().lock();
            try {
                return data.get(key) + " (reads held " + rw.getReadHoldCount() + ")";
            } finally {
                rw.readLock().unlock();
            }
        }

        String putThenRead(String key, String value) {
            rw.writeLock().lock();
            try {
                data.put(key, value);
                rw.readLock().lock();
            } finally {
                rw.writeLock().unlock();
            }
            try {
                return "downgraded: write=" + rw.isWriteLocked() + " reads=" + rw.getReadLockCount() + " "
                        + get(key);
            } finally {
                rw.readLock().unlock();
            }
        }
    }

    private ReadWriteLockHolds() {
    }

    static String state(Object lock) {
        String s = lock.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) {
        Cache c = new Cache();
        System.out.println(c.putThenRead("k", "värde"));
        System.out.println(c.get("k") + " " + c.get("missing"));
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Lock r = rw.readLock();
        Lock w = rw.writeLock();
        r.lock();
        r.lock();
        System.out.println(rw.getReadHoldCount() + " " + rw.getReadLockCount() + " " + w.tryLock() + " "
                + state(rw) + " " + state(r));
        r.unlock();
        r.unlock();
        System.out.println(w.tryLock() + " " + w.tryLock() + " " + rw.getWriteHoldCount() + " "
                + rw.isWriteLockedByCurrentThread() + " " + r.tryLock() + " " + state(w));
        r.unlock();
        w.unlock();
        w.unlock();
        System.out.println(rw.isWriteLocked() + " " + rw.getWriteHoldCount() + " " + state(w) + " " + state(rw));
        try {
            r.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("read unlock: " + e.getClass().getSimpleName());
        }
        try {
            w.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("write unlock: " + e.getClass().getSimpleName());
        }
        try {
            r.newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println("read condition: " + e.getClass().getSimpleName());
        }
        System.out.println(rw.isFair() + " " + new ReentrantReadWriteLock(true).isFair() + " " + rw.hasQueuedThreads());
    }
}
