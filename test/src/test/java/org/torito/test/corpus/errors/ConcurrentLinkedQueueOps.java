package org.torito.test.corpus.errors;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;

/** ConcurrentLinkedQueue and ConcurrentLinkedDeque as a work list on one thread: FIFO order, removal, nulls. */
public final class ConcurrentLinkedQueueOps {
    private ConcurrentLinkedQueueOps() {
    }

    public static void main(String[] args) {
        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>();
        System.out.println(q.poll() + " " + q.peek() + " " + q.isEmpty() + " " + q.size());
        for (String s : "one two three four five".split(" ")) {
            q.offer(s);
        }
        q.add("six");
        System.out.println(q + " " + q.size() + " " + q.peek());
        System.out.println(q.remove("three") + " " + q.remove("seven") + " " + q.contains("four"));
        Iterator<String> it = q.iterator();
        while (it.hasNext()) {
            if (it.next().length() == 4) {
                it.remove();
            }
        }
        System.out.println(q);
        q.addAll(List.of("x", "y"));
        StringBuilder order = new StringBuilder();
        String s;
        while ((s = q.poll()) != null) {
            order.append(s).append('>');
            if (s.equals("two")) {
                q.offer("two-again");
            }
        }
        System.out.println(order);
        try {
            q.offer(null);
        } catch (NullPointerException e) {
            System.out.println("offer null: " + e.getClass().getSimpleName());
        }
        try {
            q.remove();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("remove empty: " + e);
        }
        ConcurrentLinkedDeque<Integer> d = new ConcurrentLinkedDeque<>();
        for (int i = 0; i < 6; i++) {
            if (i % 2 == 0) {
                d.addFirst(i);
            } else {
                d.addLast(-i);
            }
        }
        System.out.println(d + " " + d.peekFirst() + " " + d.peekLast());
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d);
        d.push(99);
        System.out.println(d.removeFirstOccurrence(-1) + " " + d.removeLastOccurrence(42) + " " + d);
        StringBuilder back = new StringBuilder();
        d.descendingIterator().forEachRemaining(v -> back.append(v).append(' '));
        System.out.println(back.toString().trim() + " | " + d.stream().mapToInt(Integer::intValue).sum());
        d.clear();
        System.out.println(d.pollFirst() + " " + d.isEmpty());
    }
}
