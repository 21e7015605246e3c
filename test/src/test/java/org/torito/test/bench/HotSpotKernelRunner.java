package org.torito.test.bench;

/**
 * The HotSpot side of {@link ComputeBenchmark}, run in a {@code java} process of its own per kernel and VM mode:
 * {@code HotSpotKernelRunner kernel warmups runs} calls {@link ComputeKernels#run} {@code warmups} times untimed,
 * then {@code runs} times, each timed with {@link System#nanoTime} and reported as a line {@code nanos N} after
 * the kernel's own output line (name and checksum).
 */
public final class HotSpotKernelRunner {
    static final String NANOS = "nanos ";

    private HotSpotKernelRunner() {
    }

    public static void main(String[] args) {
        int kernel = Integer.parseInt(args[0]);
        int warmups = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (int i = 0; i < warmups; i++) {
            ComputeKernels.run(kernel, true);
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ComputeKernels.run(kernel, true);
            long nanos = System.nanoTime() - start;
            System.out.println(NANOS + nanos);
        }
        System.out.flush();
    }
}
