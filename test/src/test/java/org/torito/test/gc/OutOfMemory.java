package org.torito.test.gc;

import java.util.ArrayList;
import java.util.List;

/**
 * OutOfMemoryError is thrown, caught, and survived: filling the heap with megabyte arrays, asking for one
 * array larger than any heap and one longer than the VM allows; the program goes on allocating afterwards.
 * Run with a 64 MB heap on both.
 */
public class OutOfMemory {
    public static void main(String[] args) {
        List<byte[]> hoard = new ArrayList<>();
        try {
            while (true) {
                hoard.add(new byte[1 << 20]);
            }
        } catch (OutOfMemoryError e) {
            int count = hoard.size();
            hoard = null;
            System.out.println("filled: " + e.getMessage() + ", more than 40 MB held: " + (count > 40));
        }
        try {
            long[] huge = new long[500_000_000];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        for (int length : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1}) {
            try {
                System.out.println("allocated " + new byte[length].length);
            } catch (OutOfMemoryError e) {
                System.out.println("length " + length + ": " + e.getMessage());
            }
        }
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            byte[] again = new byte[1 << 20];
            again[i] = 1;
            sum += again.length + again[i];
        }
        System.out.println("recovered: " + sum);
    }
}
