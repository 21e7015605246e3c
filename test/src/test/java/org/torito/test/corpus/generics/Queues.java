package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A generic queue interface with a circular-array and a linked implementation, checked against each other
 * on an interleaved script, then used for a breadth-first search over a maze of generic grid positions
 * (shortest distance and path), and for the Josephus elimination order.
 */
public final class Queues {
    interface Queue<T> {
        void enqueue(T t);

        T dequeue();

        boolean isEmpty();
    }

    static final class CircularQueue<T> implements Queue<T> {
        private Object[] slots = new Object[2];
        private int head;
        private int size;

        @Override
        public void enqueue(T t) {
            if (size == slots.length) {
                Object[] bigger = new Object[slots.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = slots[(head + i) % slots.length];
                }
                slots = bigger;
                head = 0;
            }
            slots[(head + size) % slots.length] = t;
            size++;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T dequeue() {
            T t = (T) slots[head];
            slots[head] = null;
            head = (head + 1) % slots.length;
            size--;
            return t;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }
    }

    static final class LinkedQueue<T> implements Queue<T> {
        private final class Link {
            final T value;
            Link next;

            Link(T value) {
                this.value = value;
            }
        }

        private Link first;
        private Link last;

        @Override
        public void enqueue(T t) {
            Link l = new Link(t);
            if (last == null) {
                first = l;
            } else {
                last.next = l;
            }
            last = l;
        }

        @Override
        public T dequeue() {
            Link l = first;
            first = l.next;
            if (first == null) {
                last = null;
            }
            return l.value;
        }

        @Override
        public boolean isEmpty() {
            return first == null;
        }
    }

    static final class Pos {
        final int row;
        final int column;
        final Pos previous;
        final int distance;

        Pos(int row, int column, Pos previous) {
            this.row = row;
            this.column = column;
            this.previous = previous;
            this.distance = previous == null ? 0 : previous.distance + 1;
        }
    }

    static final class Label {
        final int number;

        Label(int number) {
            this.number = number;
        }
    }

    private static int step;

    private Queues() {
    }

    static Pos search(char[][] maze, Queue<Pos> queue) {
        boolean[][] seen = new boolean[maze.length][maze[0].length];
        queue.enqueue(new Pos(0, 0, null));
        seen[0][0] = true;
        int[] dr = {0, 1, 0, -1};
        int[] dc = {1, 0, -1, 0};
        while (!queue.isEmpty()) {
            Pos p = queue.dequeue();
            if (maze[p.row][p.column] == 'E') {
                return p;
            }
            for (int d = 0; d < 4; d++) {
                int r = p.row + dr[d];
                int c = p.column + dc[d];
                if (r >= 0 && r < maze.length && c >= 0 && c < maze[0].length && maze[r][c] != '#'
                        && !seen[r][c]) {
                    seen[r][c] = true;
                    queue.enqueue(new Pos(r, c, p));
                }
            }
        }
        return null;
    }

    static void josephus(int n, Queue<Label> q) {
        for (int i = 1; i <= n; i++) {
            q.enqueue(new Label(i));
        }
        int k = 0;
        while (!q.isEmpty()) {
            Label l = q.dequeue();
            if (++k % step == 0) {
                Out.print(l.number);
                Out.print(' ');
            } else {
                q.enqueue(l);
            }
        }
        Out.println();
    }

    public static void main(String[] args) {
        step = 3;

        Queue<Label> a = new CircularQueue<>();
        Queue<Label> b = new LinkedQueue<>();
        int agreed = 0;
        int next = 0;
        for (int round = 0; round < 40; round++) {
            int adds = (round * 7) % 5;
            for (int i = 0; i < adds; i++) {
                a.enqueue(new Label(next));
                b.enqueue(new Label(next));
                next++;
            }
            int removes = (round * 3) % 4;
            for (int i = 0; i < removes && !a.isEmpty(); i++) {
                if (a.dequeue().number == b.dequeue().number) {
                    agreed++;
                }
            }
        }
        Out.println(next);
        Out.println(agreed);
        Out.println(a.isEmpty() == b.isEmpty());

        char[][] maze = {
            {'S', '.', '.', '#', '.', '.', '.'},
            {'#', '#', '.', '#', '.', '#', '.'},
            {'.', '.', '.', '.', '.', '#', '.'},
            {'.', '#', '#', '#', '.', '#', '.'},
            {'.', '.', '.', '#', '.', '.', 'E'},
        };
        Pos end = search(maze, new CircularQueue<Pos>());
        Out.println(end.distance);
        Pos other = search(maze, new LinkedQueue<Pos>());
        Out.println(other.distance);
        for (Pos p = end; p != null; p = p.previous) {
            maze[p.row][p.column] = maze[p.row][p.column] == '.' ? '*' : maze[p.row][p.column];
        }
        for (char[] row : maze) {
            for (char c : row) {
                Out.print(c);
            }
            Out.println();
        }
        maze[4][5] = '#';
        maze[3][6] = '#';
        Out.println(search(maze, new CircularQueue<Pos>()) == null);

        josephus(10, new CircularQueue<Label>());
        josephus(10, new LinkedQueue<Label>());
        step = 2;
        josephus(7, new LinkedQueue<Label>());
    }
}
