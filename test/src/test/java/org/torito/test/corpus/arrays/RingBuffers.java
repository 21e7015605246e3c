package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Ring buffers over arrays: an int FIFO that overwrites its oldest element when full, a char buffer with
 * power-of-two capacity and free-running indices masked on use (wrapping past Integer.MAX_VALUE), and an
 * object deque that grows by copying around the wrap; the int ring is driven by a table of one-letter
 * commands.
 */
public final class RingBuffers {
    static final class IntRing {
        private final int[] slots;
        private int head;
        private int size;
        int overwritten;

        IntRing(int capacity) {
            slots = new int[capacity];
        }

        void put(int v) {
            if (size == slots.length) {
                head = (head + 1) % slots.length;
                size--;
                overwritten++;
            }
            slots[(head + size) % slots.length] = v;
            size++;
        }

        int take() {
            if (size == 0) {
                throw new IllegalStateException();
            }
            int v = slots[head];
            head = (head + 1) % slots.length;
            size--;
            return v;
        }

        int size() {
            return size;
        }
    }

    static final class CharRing {
        private final char[] slots;
        private final int mask;
        private int read;
        private int write;

        CharRing(int logCapacity, int start) {
            slots = new char[1 << logCapacity];
            mask = slots.length - 1;
            read = start;
            write = start;
        }

        boolean offer(char c) {
            if (write - read == slots.length) {
                return false;
            }
            slots[write++ & mask] = c;
            return true;
        }

        int poll() {
            if (write == read) {
                return -1;
            }
            return slots[read++ & mask];
        }
    }

    static final class Deque {
        private Object[] slots = new Object[2];
        private int head;
        private int size;

        void addFirst(Object o) {
            grow();
            head = (head - 1 + slots.length) % slots.length;
            slots[head] = o;
            size++;
        }

        void addLast(Object o) {
            grow();
            slots[(head + size) % slots.length] = o;
            size++;
        }

        Object removeFirst() {
            Object o = slots[head];
            slots[head] = null;
            head = (head + 1) % slots.length;
            size--;
            return o;
        }

        Object removeLast() {
            int at = (head + size - 1) % slots.length;
            Object o = slots[at];
            slots[at] = null;
            size--;
            return o;
        }

        private void grow() {
            if (size < slots.length) {
                return;
            }
            Object[] bigger = new Object[slots.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = slots[(head + i) % slots.length];
            }
            slots = bigger;
            head = 0;
        }
    }

    private static int capacity;

    private RingBuffers() {
    }

    static void run(IntRing ring, char[] commands, int[] operands) {
        for (int i = 0; i < commands.length; i++) {
            switch (commands[i]) {
                case 'p':
                    ring.put(operands[i]);
                    break;
                case 't':
                    try {
                        Out.print(ring.take());
                    } catch (IllegalStateException e) {
                        Out.print("empty");
                    }
                    Out.print(' ');
                    break;
                case 's':
                    Out.print('[');
                    Out.print(ring.size());
                    Out.print("] ");
                    break;
                case 'b':
                    for (int k = 0; k < operands[i]; k++) {
                        ring.put(100 + k);
                    }
                    break;
                default:
                    Out.print("? ");
            }
        }
        Out.println();
    }

    public static void main(String[] args) {
        capacity = 4;

        IntRing ring = new IntRing(capacity);
        char[] commands = {'p', 'p', 't', 's', 'b', 's', 't', 't', 't', 't', 't', 'n', 'p', 't', 'b', 't', 't',
            't'};
        int[] operands = {7, 8, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 9, 0, 3, 0, 0, 0};
        run(ring, commands, operands);
        Out.println(ring.overwritten);

        CharRing chars = new CharRing(3, Integer.MAX_VALUE - 5);
        char[] text = {'r', 'i', 'n', 'g', 's', ' ', 'w', 'r', 'a', 'p', '!', '?'};
        int accepted = 0;
        for (char c : text) {
            if (chars.offer(c)) {
                accepted++;
            }
        }
        Out.println(accepted);
        for (int k = 0; k < 5; k++) {
            Out.print((char) chars.poll());
        }
        for (int k = 8; k < text.length; k++) {
            chars.offer(text[k]);
        }
        for (int c = chars.poll(); c >= 0; c = chars.poll()) {
            Out.print((char) c);
        }
        Out.println();
        Out.println(chars.write);
        Out.println(chars.poll());

        Deque deque = new Deque();
        String[] words = {"one", "two", "three", "four", "five", "six", "seven"};
        for (int i = 0; i < words.length; i++) {
            if (i % 2 == 0) {
                deque.addFirst(words[i]);
            } else {
                deque.addLast(words[i]);
            }
        }
        Out.println(deque.slots.length);
        while (deque.size > 1) {
            Out.print((String) deque.removeFirst());
            Out.print(' ');
            Out.print((String) deque.removeLast());
            Out.print(' ');
        }
        Out.println((String) deque.removeFirst());
        Out.println(deque.size);
    }
}
