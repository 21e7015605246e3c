package org.torito.test.corpus.collections;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keys whose hash codes collide: strings built from "Aa" and "BB" (all with one hash code), a record key with a
 * deliberately poor hashCode that forces long bins (and tree bins once they grow), lookups and removal in
 * colliding bins, and records as set elements.
 */
public final class HashCollisions {
    record Point(int x, int y) {
    }

    record BadKey(int id) implements Comparable<BadKey> {
        @Override
        public int hashCode() {
            return id % 3;
        }

        @Override
        public int compareTo(BadKey o) {
            return Integer.compare(id, o.id);
        }
    }

    private HashCollisions() {
    }

    public static void main(String[] args) {
        Map<String, Integer> colliding = new HashMap<>();
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 5; bit >= 0; bit--) {
                sb.append(parts[(i >> bit) & 1]);
            }
            colliding.put(sb.toString(), i);
        }
        Set<Integer> hashes = new HashSet<>();
        for (String k : colliding.keySet()) {
            hashes.add(k.hashCode());
        }
        System.out.println("keys=" + colliding.size() + " distinct hashes=" + hashes + " get(BBAaBBAaBBAa)="
                + colliding.get("BBAaBBAaBBAa") + " get(AaAaAaAaAaAa)=" + colliding.get("AaAaAaAaAaAa"));
        int removed = 0;
        for (int i = 0; i < 64; i += 2) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 5; bit >= 0; bit--) {
                sb.append(parts[(i >> bit) & 1]);
            }
            if (colliding.remove(sb.toString()) != null) {
                removed++;
            }
        }
        int oddSum = 0;
        for (int v : colliding.values()) {
            oddSum += v;
        }
        System.out.println("removed=" + removed + " left=" + colliding.size() + " sum=" + oddSum);

        Map<BadKey, String> bad = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            bad.put(new BadKey(i), "v" + i);
        }
        System.out.println("bad size=" + bad.size() + " get(150)=" + bad.get(new BadKey(150)) + " get(200)="
                + bad.get(new BadKey(200)));
        for (int i = 0; i < 200; i += 3) {
            bad.remove(new BadKey(i));
        }
        StringBuilder order = new StringBuilder();
        int n = 0;
        for (BadKey k : bad.keySet()) {
            if (n++ < 12) {
                order.append(k.id()).append(' ');
            }
        }
        System.out.println("after removal size=" + bad.size() + " first keys " + order.toString().trim());

        Set<Point> points = new HashSet<>();
        for (int x = -3; x <= 3; x++) {
            for (int y = -3; y <= 3; y++) {
                if (x * x + y * y <= 9) {
                    points.add(new Point(x, y));
                }
            }
        }
        System.out.println("points=" + points.size() + " contains(0,3)=" + points.contains(new Point(0, 3))
                + " contains(2,3)=" + points.contains(new Point(2, 3)) + " add dup=" + points.add(new Point(1, 1)));
        System.out.println(new Point(-1, 2) + " hash=" + new Point(-1, 2).hashCode());
    }
}
