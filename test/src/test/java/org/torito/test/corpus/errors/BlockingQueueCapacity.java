package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Bounded blocking queues on one thread: offer/add/put at capacity, timed poll on empty, drainTo. */
public final class BlockingQueueCapacity {
    private BlockingQueueCapacity() {
    }

    static void exercise(String name, BlockingQueue<Integer> q) throws InterruptedException {
        StringBuilder sb = new StringBuilder(name).append(':');
        for (int i = 1; i <= 4; i++) {
            sb.append(' ').append(q.offer(i * 10));
        }
        sb.append(" remaining=").append(q.remainingCapacity());
        try {
            q.add(99);
            sb.append(" added");
        } catch (IllegalStateException e) {
            sb.append(' ').append(e);
        }
        sb.append(" timed=").append(q.offer(77, 1, TimeUnit.MILLISECONDS));
        System.out.println(sb);
        System.out.println("  " + q + " peek=" + q.peek() + " take=" + q.take() + " poll=" + q.poll());
        q.put(5);
        List<Integer> drained = new ArrayList<>();
        System.out.println("  drained " + q.drainTo(drained, 2) + " " + drained + " left " + q);
        q.clear();
        System.out.println("  empty poll=" + q.poll(1, TimeUnit.MILLISECONDS) + " size=" + q.size());
        try {
            q.offer(null);
        } catch (NullPointerException e) {
            System.out.println("  null refused");
        }
        try {
            q.drainTo(q);
        } catch (IllegalArgumentException e) {
            System.out.println("  drainTo self: " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        exercise("array", new ArrayBlockingQueue<>(3));
        exercise("array fair", new ArrayBlockingQueue<>(3, true, List.of(1)));
        exercise("linked", new LinkedBlockingQueue<>(3));
        exercise("deque", new LinkedBlockingDeque<>(3));
        exercise("priority", new PriorityBlockingQueue<>(2, (a, b) -> b - a));
        try {
            new ArrayBlockingQueue<String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity 0: " + e);
        }
        try {
            new ArrayBlockingQueue<>(1, false, List.of(1, 2));
        } catch (IllegalArgumentException e) {
            System.out.println("too many: " + e);
        }
        LinkedBlockingDeque<String> d = new LinkedBlockingDeque<>(2);
        d.offerFirst("b");
        d.offerFirst("a");
        System.out.println(d.offerLast("c") + " " + d + " " + d.pollLast() + " " + d.takeFirst() + " " + d);
    }
}
