package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A binary-heap priority queue generic in its element, ordered by a comparator interface of the program's
 * own: tasks taken by priority with ties broken by arrival, a max-heap through a reversing comparator,
 * heap sort of a sequence, a k-way merge of sorted int arrays through heap entries, and the k largest
 * elements kept in a bounded min-heap.
 */
public final class PriorityQueues {
    interface Comparator<T> {
        int compare(T a, T b);
    }

    static final class Heap<T> {
        private final Comparator<? super T> order;
        private Object[] items = new Object[4];
        private int size;

        Heap(Comparator<? super T> order) {
            this.order = order;
        }

        void add(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[i];
                }
                items = bigger;
            }
            int i = size++;
            items[i] = t;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (order.compare(at(i), at(parent)) >= 0) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        T peek() {
            return size == 0 ? null : at(0);
        }

        T poll() {
            if (size == 0) {
                return null;
            }
            T top = at(0);
            items[0] = items[--size];
            items[size] = null;
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int smallest = i;
                if (l < size && order.compare(at(l), at(smallest)) < 0) {
                    smallest = l;
                }
                if (r < size && order.compare(at(r), at(smallest)) < 0) {
                    smallest = r;
                }
                if (smallest == i) {
                    return top;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        @SuppressWarnings("unchecked")
        private T at(int i) {
            return (T) items[i];
        }

        private void swap(int i, int j) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }

        int size() {
            return size;
        }
    }

    static final class Task {
        final String name;
        final int priority;
        final int arrival;

        Task(String name, int priority, int arrival) {
            this.name = name;
            this.priority = priority;
            this.arrival = arrival;
        }
    }

    static final class ByPriorityThenArrival implements Comparator<Task> {
        @Override
        public int compare(Task a, Task b) {
            if (a.priority != b.priority) {
                return a.priority - b.priority;
            }
            return a.arrival - b.arrival;
        }
    }

    static final class Reverse<T> implements Comparator<T> {
        private final Comparator<T> inner;

        Reverse(Comparator<T> inner) {
            this.inner = inner;
        }

        @Override
        public int compare(T a, T b) {
            return inner.compare(b, a);
        }
    }

    static final class Value {
        final int v;

        Value(int v) {
            this.v = v;
        }
    }

    static final class ByValue implements Comparator<Value> {
        @Override
        public int compare(Value a, Value b) {
            return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
        }
    }

    /** Position in one of several sorted arrays. */
    static final class Cursor {
        final int[] array;
        int index;

        Cursor(int[] array) {
            this.array = array;
        }

        int current() {
            return array[index];
        }
    }

    private static int seed;

    private PriorityQueues() {
    }

    public static void main(String[] args) {
        seed = 99;

        Heap<Task> tasks = new Heap<>(new ByPriorityThenArrival());
        String[] names = {"boot", "mount", "net", "log", "gc", "shell", "cron", "sync", "idle"};
        int[] priorities = {0, 2, 2, 5, 1, 3, 5, 2, 9};
        for (int i = 0; i < names.length; i++) {
            tasks.add(new Task(names[i], priorities[i], i));
        }
        Out.println(tasks.peek().name);
        while (tasks.size() > 0) {
            Task t = tasks.poll();
            Out.print(t.name);
            Out.print(' ');
        }
        Out.println();
        Out.println(tasks.poll() == null);

        Heap<Value> max = new Heap<>(new Reverse<>(new ByValue()));
        Heap<Value> min = new Heap<>(new ByValue());
        for (int i = 0; i < 25; i++) {
            seed = seed * 1103515245 + 12345;
            Value v = new Value((seed >>> 8) % 1000);
            max.add(v);
            min.add(v);
        }
        for (int i = 0; i < 25; i++) {
            Out.print(min.poll().v);
            Out.print(i % 5 == 4 ? '\n' : ' ');
        }
        Out.print(max.poll().v);
        Out.print(' ');
        Out.print(max.poll().v);
        Out.println();

        int[][] sorted = {{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {}, {0, 10, 20}, {6}};
        Heap<Cursor> merge = new Heap<>(new Comparator<Cursor>() {
            @Override
            public int compare(Cursor a, Cursor b) {
                return a.current() - b.current();
            }
        });
        for (int[] s : sorted) {
            if (s.length > 0) {
                merge.add(new Cursor(s));
            }
        }
        while (merge.size() > 0) {
            Cursor c = merge.poll();
            Out.print(c.current());
            Out.print(' ');
            if (++c.index < c.array.length) {
                merge.add(c);
            }
        }
        Out.println();

        Heap<Value> topK = new Heap<>(new ByValue());
        int k = 4;
        for (int i = 0; i < 30; i++) {
            seed = seed * 1103515245 + 12345;
            topK.add(new Value((seed >>> 4) % 500));
            if (topK.size() > k) {
                topK.poll();
            }
        }
        while (topK.size() > 0) {
            Out.print(topK.poll().v);
            Out.print(' ');
        }
        Out.println();
    }
}
