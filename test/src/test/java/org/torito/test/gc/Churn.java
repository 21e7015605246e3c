package org.torito.test.gc;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Garbage of every shape within a 128 MiB machine: strings made and dropped, a HashMap with millions of
 * insertions and removals around a bounded live set, a linked window of nodes while several GB pass through
 * the heap, and arrays of megabytes allocated and dropped. Each part checks what it kept.
 */
public class Churn {
    public static void main(String[] args) {
        strings();
        hashMap();
        linkedWindow();
        bigArrays();
    }

    /** Half a million strings, a window of the last 10,000 kept. */
    static void strings() {
        ArrayDeque<String> window = new ArrayDeque<>();
        long hash = 0;
        for (int i = 0; i < 500_000; i++) {
            String s = "string-" + i + "/" + Integer.toHexString(i * 31);
            window.addLast(s);
            if (window.size() > 10_000) {
                hash = hash * 31 + window.removeFirst().hashCode();
            }
        }
        System.out.println("strings: window " + window.size() + ", first " + window.peekFirst() + ", hash " + hash);
    }

    /** 1.5 million puts and 1.4 million removes; at most 100,000 entries live. */
    static void hashMap() {
        Map<Integer, String> map = new HashMap<>();
        long sum = 0;
        for (int i = 0; i < 1_500_000; i++) {
            map.put(i, "v" + i);
            if (i >= 100_000) {
                sum += map.remove(i - 100_000).length();
            }
        }
        long keys = 0;
        for (int key : map.keySet()) {
            keys += key;
        }
        System.out.println("hashMap: size " + map.size() + ", key sum " + keys + ", removed lengths " + sum);
    }

    static final class Node {
        final byte[] payload;
        Node next;

        Node(int size, int seed) {
            payload = new byte[size];
            payload[0] = (byte) seed;
            payload[size - 1] = (byte) (seed >>> 8);
        }
    }

    /** A queue of 20,000 nodes of 1 KiB each (20 MB live) while 3 GB are allocated. */
    static void linkedWindow() {
        Node head = new Node(1024, 0);
        Node tail = head;
        int length = 1;
        long checksum = 0;
        for (int i = 1; i < 3_000_000; i++) {
            tail.next = new Node(1024, i);
            tail = tail.next;
            if (++length > 20_000) {
                checksum += head.payload[0] + head.payload[1023];
                head = head.next;
                length--;
            }
        }
        int count = 0;
        for (Node n = head; n != null; n = n.next) {
            count++;
            checksum += n.payload[0];
        }
        System.out.println("linkedWindow: " + count + " nodes, checksum " + checksum);
    }

    /** 200 arrays of 1 to 8 MB, one or two alive at a time. */
    static void bigArrays() {
        long sum = 0;
        long[] previous = new long[1];
        for (int i = 0; i < 200; i++) {
            long[] array = new long[(1 + i % 8) * 131_072];
            array[array.length - 1] = i;
            array[0] = previous[previous.length - 1];
            sum += array[0] + array.length;
            previous = array;
        }
        System.out.println("bigArrays: " + sum);
    }
}
