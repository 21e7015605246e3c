package org.torito.test.programs;

/**
 * Prints a line, waits until {@code System.nanoTime} has advanced by one second (spinning: nothing else
 * would measure the clock itself), then prints another: the host times the gap between the lines.
 */
public final class SpinsOneSecond {
    private SpinsOneSecond() {
    }

    public static void main(String[] args) {
        System.out.println("start");
        long start = System.nanoTime();
        long spins = 0;
        while (System.nanoTime() - start < 1_000_000_000L) {
            spins++;
        }
        System.out.println(spins > 0 ? "end" : "no spin");
    }
}
