package org.torito.test.gc;

/**
 * What {@code GcBenchmark} runs on both VMs: a live set of {@code liveMb} megabytes of small objects (56-byte
 * arrays held by one big array), then {@code allocateMb} megabytes of short-lived objects of which one in 16
 * replaces a random live one, so that old memory keeps dying piecemeal; prints its allocation throughput
 * measured inside. Then binary trees (depth {@code depth}) and their time.
 */
public class GcWorkload {
    public static void main(String[] args) {
        int liveMb = Integer.parseInt(args[0]);
        int allocateMb = Integer.parseInt(args[1]);
        int depth = Integer.parseInt(args[2]);
        Object[] live = new Object[liveMb * (1 << 20) / 64];
        for (int i = 0; i < live.length; i++) {
            live[i] = new long[4];
        }
        long seed = 42;
        long start = System.nanoTime();
        long allocated = 0;
        long checksum = 0;
        while (allocated < (long) allocateMb << 20) {
            long[] young = new long[4];
            young[0] = allocated;
            allocated += 56;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            if ((seed >>> 60) == 0) {
                live[(int) ((seed >>> 20) % live.length)] = young;
            }
            checksum += young.length;
        }
        long allocationNanos = System.nanoTime() - start;
        System.out.println("allocation: " + (allocated >> 20) + " MB in " + allocationNanos / 1_000_000 + " ms, "
                + (allocated >> 20) * 1_000_000_000L / Math.max(1, allocationNanos) + " MB/s (checksum " + checksum
                + ", live " + live.length + ")");
        start = System.nanoTime();
        BinaryTrees.main(new String[] {Integer.toString(depth)});
        System.out.println("binary trees: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
