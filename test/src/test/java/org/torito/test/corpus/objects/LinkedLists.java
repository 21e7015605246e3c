package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A hand-written singly linked list: push, append, reverse in place, remove by value, merge sort by
 * splitting and merging nodes, and a doubly linked deque used from both ends.
 */
public final class LinkedLists {
    static final class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class IntList {
        private Node head;
        private int size;

        void push(int v) {
            head = new Node(v, head);
            size++;
        }

        void append(int v) {
            Node n = new Node(v, null);
            if (head == null) {
                head = n;
            } else {
                Node cur = head;
                while (cur.next != null) {
                    cur = cur.next;
                }
                cur.next = n;
            }
            size++;
        }

        void reverse() {
            Node prev = null;
            Node cur = head;
            while (cur != null) {
                Node next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
        }

        boolean remove(int v) {
            Node prev = null;
            for (Node cur = head; cur != null; prev = cur, cur = cur.next) {
                if (cur.value == v) {
                    if (prev == null) {
                        head = cur.next;
                    } else {
                        prev.next = cur.next;
                    }
                    size--;
                    return true;
                }
            }
            return false;
        }

        void sort() {
            head = mergeSort(head);
        }

        void print() {
            Out.print(size);
            Out.print(':');
            for (Node n = head; n != null; n = n.next) {
                Out.print(' ');
                Out.print(n.value);
            }
            Out.println();
        }
    }

    static Node mergeSort(Node h) {
        if (h == null || h.next == null) {
            return h;
        }
        Node slow = h;
        Node fast = h.next;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        Node second = slow.next;
        slow.next = null;
        return merge(mergeSort(h), mergeSort(second));
    }

    static Node merge(Node a, Node b) {
        Node dummy = new Node(0, null);
        Node tail = dummy;
        while (a != null && b != null) {
            if (a.value <= b.value) {
                tail.next = a;
                a = a.next;
            } else {
                tail.next = b;
                b = b.next;
            }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }

    /** A deque of strings on doubly linked nodes with a sentinel. */
    static final class Deque {
        static final class Cell {
            final String item;
            Cell prev;
            Cell next;

            Cell(String item) {
                this.item = item;
            }
        }

        private final Cell sentinel = new Cell(null);

        Deque() {
            sentinel.prev = sentinel;
            sentinel.next = sentinel;
        }

        void addFirst(String s) {
            insertAfter(sentinel, s);
        }

        void addLast(String s) {
            insertAfter(sentinel.prev, s);
        }

        private void insertAfter(Cell at, String s) {
            Cell c = new Cell(s);
            c.prev = at;
            c.next = at.next;
            at.next.prev = c;
            at.next = c;
        }

        String pollFirst() {
            return unlink(sentinel.next);
        }

        String pollLast() {
            return unlink(sentinel.prev);
        }

        private String unlink(Cell c) {
            if (c == sentinel) {
                return null;
            }
            c.prev.next = c.next;
            c.next.prev = c.prev;
            return c.item;
        }
    }

    private static int seed;

    private LinkedLists() {
    }

    public static void main(String[] args) {
        seed = 12345;
        IntList list = new IntList();
        for (int i = 0; i < 25; i++) {
            seed = seed * 1103515245 + 12345;
            int v = (seed >>> 16) % 100;
            if (i % 2 == 0) {
                list.push(v);
            } else {
                list.append(v);
            }
        }
        list.print();
        list.reverse();
        list.print();
        Out.print(list.remove(list.head.value));
        Out.print(list.remove(-1));
        Out.print(list.remove(list.head.next.next.value));
        Out.println();
        list.print();
        list.sort();
        list.print();
        IntList single = new IntList();
        single.sort();
        single.reverse();
        single.print();
        single.append(7);
        single.reverse();
        single.print();

        Deque d = new Deque();
        d.addLast("b");
        d.addFirst("a");
        d.addLast("c");
        d.addFirst("z");
        Out.print(d.pollLast());
        Out.print(d.pollFirst());
        Out.print(d.pollFirst());
        Out.print(d.pollFirst());
        Out.print(d.pollLast() == null);
        Out.println();
    }
}
