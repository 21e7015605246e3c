package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A booking calendar on a TreeMap from start to end: inserting intervals that merge with their neighbours through
 * floorEntry/ceilingEntry, free gaps by walking entries, which booking covers a point, removing a range that
 * splits an interval, and the total booked length, with touching, nested and negative intervals.
 */
public final class IntervalMerging {
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();

    private IntervalMerging() {
    }

    void add(int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        Map.Entry<Integer, Integer> next = spans.ceilingEntry(start);
        while (next != null && next.getKey() <= end) {
            end = Math.max(end, next.getValue());
            spans.remove(next.getKey());
            next = spans.ceilingEntry(start);
        }
        spans.put(start, end);
    }

    void remove(int start, int end) {
        List<int[]> keep = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : spans.subMap(spans.floorKey(start) == null ? start : spans.floorKey(start),
                true, end, false).entrySet()) {
            if (e.getKey() < start) {
                keep.add(new int[] {e.getKey(), Math.min(start, e.getValue())});
            }
            if (e.getValue() > end) {
                keep.add(new int[] {end, e.getValue()});
            }
        }
        spans.subMap(spans.floorKey(start) == null ? start : spans.floorKey(start), true, end, false).clear();
        for (int[] k : keep) {
            if (k[0] < k[1]) {
                spans.put(k[0], k[1]);
            }
        }
    }

    String coverOf(int point) {
        Map.Entry<Integer, Integer> e = spans.floorEntry(point);
        return e != null && point < e.getValue() ? "[" + e.getKey() + "," + e.getValue() + ")" : "free";
    }

    long booked() {
        long total = 0;
        for (Map.Entry<Integer, Integer> e : spans.entrySet()) {
            total += e.getValue() - e.getKey();
        }
        return total;
    }

    public static void main(String[] args) {
        IntervalMerging cal = new IntervalMerging();
        int[][] adds = {{10, 20}, {30, 40}, {20, 25}, {5, 8}, {35, 50}, {-10, -5}, {60, 70}, {45, 61}, {12, 14}};
        for (int[] a : adds) {
            cal.add(a[0], a[1]);
            System.out.println("add [" + a[0] + "," + a[1] + ") -> " + cal.spans + " booked " + cal.booked());
        }
        for (int p : new int[] {-10, -5, 7, 8, 24, 25, 29, 69, 70}) {
            System.out.print(p + ":" + cal.coverOf(p) + " ");
        }
        System.out.println();
        StringBuilder gaps = new StringBuilder();
        Integer prevEnd = null;
        for (Map.Entry<Integer, Integer> e : cal.spans.entrySet()) {
            if (prevEnd != null) {
                gaps.append('[').append(prevEnd).append(',').append(e.getKey()).append(") ");
            }
            prevEnd = e.getValue();
        }
        System.out.println("gaps " + gaps.toString().trim());
        cal.remove(40, 45);
        System.out.println("remove [40,45) -> " + cal.spans);
        cal.remove(-100, 7);
        System.out.println("remove [-100,7) -> " + cal.spans + " booked " + cal.booked());
        cal.remove(0, 1000);
        System.out.println("remove all -> " + cal.spans + " booked " + cal.booked() + " cover(15) " + cal.coverOf(15));
    }
}
