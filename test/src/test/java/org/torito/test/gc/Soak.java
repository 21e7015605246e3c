package org.torito.test.gc;

import java.util.HashMap;
import java.util.Map;

/**
 * Allocates for {@code seconds} of guest time (60 by default) around a constant live set: a ring of 4,096
 * maps of 16 entries each (about 9 MB with their nodes and strings), one replaced per round, each round also
 * making short-lived strings and arrays. Prints what it did; {@code SoakTest} checks the heap's bound.
 */
public class Soak {
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        Map<?, ?>[] ring = new Map<?, ?>[4096];
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long rounds = 0;
        long checksum = 0;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < 64; k++, rounds++) {
                Map<Integer, String> map = new HashMap<>();
                for (int i = 0; i < 16; i++) {
                    map.put(i, "entry " + rounds + "." + i);
                }
                ring[(int) (rounds % ring.length)] = map;
                byte[] scratch = new byte[(int) (rounds % 4096)];
                checksum += scratch.length + map.get((int) (rounds % 16)).length();
            }
        }
        int held = 0;
        for (Map<?, ?> map : ring) {
            held += map == null ? 0 : map.size();
        }
        System.out.println("soak: " + rounds + " rounds, " + held + " entries held, checksum " + (checksum != 0));
    }
}
