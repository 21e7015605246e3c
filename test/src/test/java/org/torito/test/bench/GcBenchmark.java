package org.torito.test.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.Accel;
import org.torito.bootimage.launch.BootOptions;
import org.torito.bootimage.launch.BootResult;
import org.torito.bootimage.launch.Machine;
import org.torito.bootimage.launch.QemuBoot;
import org.torito.test.gc.GcWorkload;
import org.torito.test.support.Differential;

/**
 * The collector against HotSpot's serial collector with the same heap size, in one run: {@link GcWorkload}
 * with 16 MB and 64 MB live, on Torito (TCG, and KVM where usable) and on HotSpot ({@code -XX:+UseSerialGC
 * -Xms -Xmx}, {@code -Xlog:gc}); pause times (median, max) from each VM's one line per collection, the
 * allocation throughput the workload measures, and binary trees' time, printed with Torito/HotSpot ratios.
 * A benchmark, run on demand ({@code mvn -pl test test -Dtest=GcBenchmark}); it asserts only that both runs
 * worked and printed the same results.
 */
class GcBenchmark {
    /** Live megabytes, heap megabytes, guest RAM: a heap of 3x the live set, as in the figures. */
    private static final int[][] CONFIGURATIONS = {{16, 48, 128}, {64, 192, 256}};
    private static final int ALLOCATE_MB = 1024;
    private static final int TREE_DEPTH = 16;
    private static final Pattern TORITO_PAUSE = Pattern.compile("gc: GC\\(\\d+\\) .* ([0-9.]+)ms");
    private static final Pattern HOTSPOT_PAUSE = Pattern.compile("\\[gc\\s*\\] GC\\(\\d+\\) Pause .* ([0-9.]+)ms");
    private static final Pattern THROUGHPUT = Pattern.compile("allocation: .* (\\d+) MB/s");
    private static final Pattern TREES = Pattern.compile("binary trees: (\\d+) ms");

    @Test
    void pausesAndThroughputAgainstHotSpotSerial(@TempDir Path dir) throws IOException {
        Path elf = Differential.image(GcWorkload.class.getName(), Differential.testClasses(), dir);
        List<Accel> accels = new ArrayList<>(List.of(Accel.TCG));
        if (Accel.kvmUsableOnThisHost()) {
            accels.add(Accel.KVM);
        }
        StringBuilder table = new StringBuilder(String.format("%n%-8s %-8s %6s %12s %12s %12s %10s%n", "live MB",
                "vm", "GCs", "median ms", "max ms", "alloc MB/s", "trees ms"));
        for (int[] c : CONFIGURATIONS) {
            String[] args = {Integer.toString(c[0]), Integer.toString(ALLOCATE_MB), Integer.toString(TREE_DEPTH)};
            Differential.Run hotSpot = Differential.onHotSpot(List.of("-XX:+UseSerialGC", "-Xms" + c[1] + "m",
                    "-Xmx" + c[1] + "m", "-Xlog:gc"), GcWorkload.class.getName(), Differential.testClasses(), args);
            assertEquals(0, hotSpot.exitStatus(), hotSpot.output());
            Figures reference = Figures.of(hotSpot.output(), HOTSPOT_PAUSE);
            row(table, c[0], "HotSpot", reference, null);
            for (Accel accel : accels) {
                BootOptions options = BootOptions.forImage(elf).withMachine(Machine.MICROVM).withAccel(accel)
                        .withMemoryMib(c[2]).withTimeout(Duration.ofMinutes(10)).withProgramArgs(List.of(args))
                        .withKernelOptions(List.of("heap=" + c[1] + "m", "gc.verbose"));
                BootResult result = QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream());
                assertEquals(0, result.exitCode(), result.summary() + "\n" + result.kernelLogText());
                Figures torito = Figures.of(result.programOutputText() + result.kernelLogText(), TORITO_PAUSE);
                row(table, c[0], "Torito " + accel, torito, reference);
            }
        }
        System.out.println(table);
    }

    private static void row(StringBuilder table, int live, String vm, Figures f, Figures reference) {
        table.append(String.format("%-8d %-8s %6d %12.3f %12.3f %12d %10d%n", live, vm, f.pauses.size(), f.median(),
                f.max(), f.throughput, f.treesMillis));
        if (reference != null) {
            table.append(String.format("%-8s %-8s %6s %11.1fx %11.1fx %11.2fx %9.1fx%n", "", "ratio", "",
                    f.median() / reference.median(), f.max() / reference.max(),
                    (double) f.throughput / reference.throughput, (double) f.treesMillis / reference.treesMillis));
        }
    }

    /** What one run printed: every pause, the allocation throughput and binary trees' time. */
    private record Figures(List<Double> pauses, long throughput, long treesMillis) {
        static Figures of(String output, Pattern pause) {
            List<Double> pauses = new ArrayList<>();
            Matcher m = pause.matcher(output);
            while (m.find()) {
                pauses.add(Double.parseDouble(m.group(1)));
            }
            pauses.sort(null);
            Matcher t = THROUGHPUT.matcher(output);
            Matcher trees = TREES.matcher(output);
            assertTrue(t.find() && trees.find(), "no figures in:\n" + output);
            return new Figures(pauses, Long.parseLong(t.group(1)), Long.parseLong(trees.group(1)));
        }

        double median() {
            return pauses.isEmpty() ? 0 : pauses.get(pauses.size() / 2);
        }

        double max() {
            return pauses.isEmpty() ? 0 : pauses.get(pauses.size() - 1);
        }
    }
}
