package org.torito.test.corpus.errors;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** CountDownLatch on one thread: counting down to zero and past it, await once open, a timed await while closed. */
public final class CountDownLatchCounts {
    private CountDownLatchCounts() {
    }

    static String state(Object o) {
        String s = o.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) throws InterruptedException {
        String[] tasks = {"parse", "check", "emit"};
        CountDownLatch done = new CountDownLatch(tasks.length);
        for (String t : tasks) {
            System.out.println("finished " + t + ", remaining " + (done.getCount() - 1));
            done.countDown();
        }
        done.await();
        System.out.println("all done: " + done.getCount() + " " + state(done));
        done.countDown();
        done.countDown();
        System.out.println("still " + done.getCount() + " " + done.await(0, TimeUnit.SECONDS));
        CountDownLatch closed = new CountDownLatch(2);
        closed.countDown();
        System.out.println("timed: " + closed.await(1, TimeUnit.MILLISECONDS) + " " + closed.getCount() + " "
                + closed.await(0, TimeUnit.NANOSECONDS) + " " + closed.await(-5, TimeUnit.SECONDS));
        CountDownLatch zero = new CountDownLatch(0);
        zero.await();
        System.out.println("zero: " + zero.getCount() + " " + zero.await(1, TimeUnit.DAYS) + " " + state(zero));
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        CountDownLatch big = new CountDownLatch(Integer.MAX_VALUE);
        for (int i = 0; i < 1000; i++) {
            big.countDown();
        }
        System.out.println(big.getCount() + " " + state(big));
        Thread.currentThread().interrupt();
        try {
            closed.await();
        } catch (InterruptedException e) {
            System.out.println("interrupted: " + e + " flag=" + Thread.currentThread().isInterrupted());
        }
        Thread.currentThread().interrupt();
        System.out.println("open latch, count " + zero.getCount() + ", pending interrupt");
        try {
            zero.await();
        } catch (InterruptedException e) {
            System.out.println("still interrupted: " + e.getStackTrace()[0].getMethodName() + " "
                    + Thread.interrupted());
        }
        zero.countDown();
        System.out.println("timed after clear: " + zero.await(10, TimeUnit.MILLISECONDS) + " " + Thread.interrupted());
    }
}
