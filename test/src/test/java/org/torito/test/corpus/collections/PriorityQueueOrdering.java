package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * PriorityQueue as min-heap and max-heap, tasks ordered by priority then sequence number (so equal priorities
 * leave in arrival order), the k largest of a stream with a bounded heap, merging sorted lists, remove of an
 * arbitrary element, and what it rejects (null, non-comparable elements, capacity 0).
 */
public final class PriorityQueueOrdering {
    record Task(String name, int priority, int seq) {
    }

    private PriorityQueueOrdering() {
    }

    static String drain(PriorityQueue<?> q) {
        StringBuilder sb = new StringBuilder();
        while (!q.isEmpty()) {
            sb.append(q.poll()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] values = {42, -7, 19, 0, 3, 3, 88, -100, 55, 19, Integer.MAX_VALUE, Integer.MIN_VALUE};
        PriorityQueue<Integer> min = new PriorityQueue<>();
        PriorityQueue<Integer> max = new PriorityQueue<>(Comparator.reverseOrder());
        for (int v : values) {
            min.add(v);
            max.offer(v);
        }
        System.out.println("peek min=" + min.peek() + " max=" + max.peek() + " size=" + min.size());
        System.out.println("remove(19)=" + min.remove(19) + " remove(1000)=" + min.remove(1000));
        System.out.println("min order " + drain(min));
        System.out.println("max order " + drain(max));
        System.out.println("empty poll=" + min.poll() + " peek=" + min.peek());

        PriorityQueue<Task> tasks = new PriorityQueue<>(
                Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::seq));
        String[] names = {"email", "build", "deploy", "lunch", "review", "test", "backup"};
        int[] priorities = {1, 3, 5, 1, 3, 3, 5};
        for (int i = 0; i < names.length; i++) {
            tasks.add(new Task(names[i], priorities[i], i));
        }
        while (!tasks.isEmpty()) {
            Task t = tasks.poll();
            System.out.print(t.name() + "(" + t.priority() + ") ");
        }
        System.out.println();

        PriorityQueue<Long> topK = new PriorityQueue<>();
        long x = 12345;
        for (int i = 0; i < 1000; i++) {
            x = (x * 6364136223846793005L + 1442695040888963407L);
            long v = (x >>> 33) % 100000;
            topK.offer(v);
            if (topK.size() > 5) {
                topK.poll();
            }
        }
        List<Long> top = new ArrayList<>(topK);
        top.sort(Comparator.reverseOrder());
        System.out.println("top5 " + top);

        int[][] lists = {{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {}, {0, 10, 20}};
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> Integer.compare(lists[a[0]][a[1]], lists[b[0]][b[1]]));
        for (int i = 0; i < lists.length; i++) {
            if (lists[i].length > 0) {
                heads.add(new int[] {i, 0});
            }
        }
        StringBuilder merged = new StringBuilder();
        while (!heads.isEmpty()) {
            int[] h = heads.poll();
            merged.append(lists[h[0]][h[1]]).append(',');
            if (h[1] + 1 < lists[h[0]].length) {
                heads.add(new int[] {h[0], h[1] + 1});
            }
        }
        System.out.println("merged " + merged);
        try {
            min.add(null);
        } catch (NullPointerException e) {
            System.out.println("add(null): NPE");
        }
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity 0: IllegalArgumentException");
        }
        PriorityQueue<Object> objects = new PriorityQueue<>();
        try {
            objects.add(new Object());
            objects.add(new Object());
        } catch (ClassCastException e) {
            System.out.println("non-comparable: ClassCastException, size " + objects.size());
        }
    }
}
