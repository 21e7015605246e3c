package org.torito.test.corpus.collections;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;

/**
 * LinkedList as list and deque: first/last operations, offer/poll/peek on empty lists (null) against
 * element/remove/getFirst (NoSuchElementException), null elements, removeFirstOccurrence and
 * removeLastOccurrence, and a descending iterator.
 */
public final class LinkedListDeque {
    private LinkedListDeque() {
    }

    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<>();
        System.out.println("empty: peek=" + list.peek() + " poll=" + list.poll() + " pollLast=" + list.pollLast()
                + " peekFirst=" + list.peekFirst());
        String[] throwing = {"element", "remove", "getFirst", "getLast", "removeLast", "pop"};
        for (String op : throwing) {
            try {
                switch (op) {
                    case "element" -> list.element();
                    case "remove" -> list.remove();
                    case "getFirst" -> list.getFirst();
                    case "getLast" -> list.getLast();
                    case "removeLast" -> list.removeLast();
                    default -> list.pop();
                }
                System.out.println(op + " returned");
            } catch (NoSuchElementException e) {
                System.out.println(op + " on empty: " + e);
            }
        }
        list.addFirst("b");
        list.addFirst("a");
        list.addLast("c");
        list.offerFirst("start");
        list.offerLast("end");
        list.push("top");
        list.add(3, null);
        list.add("b");
        System.out.println(list + " size=" + list.size());
        System.out.println("first=" + list.getFirst() + " last=" + list.getLast() + " indexOf(null)="
                + list.indexOf(null) + " lastIndexOf(b)=" + list.lastIndexOf("b"));
        System.out.println("removeFirstOccurrence(b) " + list.removeFirstOccurrence("b") + " " + list);
        System.out.println("removeLastOccurrence(zz) " + list.removeLastOccurrence("zz"));
        list.add(1, "b");
        System.out.println("removeLastOccurrence(b) " + list.removeLastOccurrence("b") + " " + list);
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = list.descendingIterator(); it.hasNext();) {
            String s = it.next();
            sb.append(s).append(s == null ? "!" : "").append(' ');
            if ("c".equals(s)) {
                it.remove();
            }
        }
        System.out.println("descending: " + sb + "-> " + list);
        System.out.println("pop=" + list.pop() + " pollLast=" + list.pollLast() + " remove(1)=" + list.remove(1)
                + " now " + list);
        while (!list.isEmpty()) {
            System.out.print(list.removeLast() + ";");
        }
        System.out.println(" size=" + list.size());
    }
}
