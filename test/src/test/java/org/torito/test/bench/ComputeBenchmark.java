package org.torito.test.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.Accel;
import org.torito.bootimage.launch.BootOptions;
import org.torito.bootimage.launch.BootResult;
import org.torito.bootimage.launch.Machine;
import org.torito.bootimage.launch.QemuBoot;
import org.torito.test.support.Differential;

/**
 * Speed of the code Torito's baseline compiler emits, against HotSpot, on the four {@link ComputeKernels} (recursive
 * fib, a sieve, a long-arithmetic hash loop, a double n-body simulation), all in one run, printed as one table in
 * milliseconds with ratios. A benchmark, run on demand
 * ({@code mvn -B test -pl test -am -Dtest=ComputeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}); it asserts
 * only that every run worked and that every VM printed the same checksums.
 *
 * <p><b>How each side is timed.</b>
 * <ul>
 *   <li><b>Torito</b> ({@code -M microvm}, TCG, and KVM where {@link Accel#kvmUsableOnThisHost() usable}): an
 *       image has no clock the host can read, so a kernel's time is the wall time of a whole boot of an image
 *       that runs it (QEMU launch to QEMU exit, {@link BootResult#exitNanos()}) minus the median of the same for
 *       {@link ComputeKernels.Noop}, an image of the same shape (same classes, same boot, same printing) whose
 *       kernels do no work. The difference is the kernel's time plus noise of the order of the boot's own
 *       jitter (tens of ms under TCG), which is why the problem sizes make kernels run for seconds under TCG.
 *       Under TCG the numbers measure QEMU's binary translation as much as the compiled code: the KVM column
 *       is the one to compare with HotSpot. KVM is optional: where its boots fail, or take more
 *       than twice as long as TCG's (a software KVM such as kvm_pvm, which runs this guest's code through its
 *       instruction emulator, hundreds of times slower than TCG, and stops at SSE instructions the emulator
 *       lacks), the cell reads n/a and the reason is printed above the table.</li>
 *   <li><b>Torito native</b>: the very machine code of the images (every image holds all four kernels), called
 *       in a process on the host by {@link NativeHarness}, timed around the call: the compiled code's speed on
 *       this CPU with neither emulator nor hypervisor, close to what a hardware KVM would show, and the column
 *       to compare with HotSpot where KVM gives none. Optional too (it needs x86-64 Linux and {@code cc}).</li>
 *   <li><b>HotSpot</b> ({@code -Xint}, {@code -XX:TieredStopAtLevel=1} for C1 only, and the default tiered C1+C2):
 *       each kernel in a {@code java} process of its own ({@link HotSpotKernelRunner}), timed inside the process
 *       with {@code System.nanoTime}, so JVM start-up is not counted; for C1 and C2 after one untimed warm-up
 *       call, so the timing is of steady compiled code.</li>
 * </ul>
 * Every figure is the median of {@link #RUNS} runs.
 */
class ComputeBenchmark {
    /** Runs per figure; {@code -Dtorito.bench.runs=1} for a quick look. */
    private static final int RUNS = Integer.getInteger("torito.bench.runs", 5);
    private static final Duration TCG_TIMEOUT = Duration.ofSeconds(120);
    /** KVM boots of the no-work image; a kernel's KVM boots get twice its TCG time (and at least this). */
    private static final Duration KVM_TIMEOUT = Duration.ofSeconds(10);

    /** A HotSpot configuration: a column name, its VM options, and whether it gets a warm-up call. */
    private record HotSpotMode(String column, List<String> options, int warmups) {
    }

    private static final List<HotSpotMode> HOTSPOT = List.of(
            new HotSpotMode("HotSpot -Xint", List.of("-Xint"), 0),
            new HotSpotMode("HotSpot C1", List.of("-XX:TieredStopAtLevel=1"), 1),
            new HotSpotMode("HotSpot C2", List.of(), 1));

    private static final Class<?>[] PROGRAMS = {ComputeKernels.Fib.class, ComputeKernels.Sieve.class,
        ComputeKernels.Hash.class, ComputeKernels.NBody.class};

    /** A boot that did not work under KVM, which is only reported: the host's KVM may not run the image. */
    private static final class KvmFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KvmFailure(String message) {
            super(message);
        }
    }

    @Test
    void kernelsAgainstHotSpot(@TempDir Path dir) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String classPath = Differential.testClasses();
        Path noop = Differential.image(ComputeKernels.Noop.class.getName(), classPath, dir);
        Path[] images = new Path[ComputeKernels.KERNELS];
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            images[k] = Differential.image(PROGRAMS[k].getName(), classPath, dir);
        }

        // column -> kernel -> median ms (NaN: no figure); kernel -> the checksum line and who printed it first
        Map<String, double[]> millis = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String[][] checksums = new String[ComputeKernels.KERNELS][];

        double tcgFloor = median(bootNanos(noop, Accel.TCG, TCG_TIMEOUT, null)) / 1e6;
        notes.add(String.format("floor (no-work image, launch to exit), Torito TCG: %.1f ms", tcgFloor));
        double[] tcgBoots = new double[ComputeKernels.KERNELS];
        double[] tcg = new double[ComputeKernels.KERNELS];
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            String[] printed = new String[1];
            tcgBoots[k] = median(bootNanos(images[k], Accel.TCG, TCG_TIMEOUT, printed)) / 1e6;
            tcg[k] = tcgBoots[k] - tcgFloor;
            record(checksums, k, "Torito TCG", printed[0]);
        }
        millis.put("Torito TCG", tcg);
        millis.put("Torito KVM", kvm(noop, images, tcgBoots, checksums, notes));
        millis.put("Torito native", hostNative(images[0], dir, checksums, notes));

        for (HotSpotMode mode : HOTSPOT) {
            double[] row = new double[ComputeKernels.KERNELS];
            for (int k = 0; k < ComputeKernels.KERNELS; k++) {
                String[] printed = new String[1];
                row[k] = median(hotSpotNanos(mode, k, classPath, printed)) / 1e6;
                record(checksums, k, mode.column(), printed[0]);
            }
            millis.put(mode.column(), row);
        }
        System.out.println(table(millis, notes, checksums, System.nanoTime() - started));
    }

    /**
     * The KVM column, where {@link Accel#kvmUsableOnThisHost() KVM is usable}; NaN where a boot failed or took
     * longer than twice TCG (no hardware KVM is that slow: such a "KVM" emulates), with the reason in
     * {@code notes}.
     */
    private static double[] kvm(Path noop, Path[] images, double[] tcgBoots, String[][] checksums,
            List<String> notes) throws IOException {
        double[] row = new double[ComputeKernels.KERNELS];
        Arrays.fill(row, Double.NaN);
        if (!Accel.kvmUsableOnThisHost()) {
            notes.add("Torito KVM: /dev/kvm is not usable here");
            return row;
        }
        double floor;
        try {
            floor = median(bootNanos(noop, Accel.KVM, KVM_TIMEOUT, null)) / 1e6;
        } catch (KvmFailure e) {
            notes.add("Torito KVM: no column, the no-work image does not run under KVM here: " + e.getMessage());
            return row;
        }
        notes.add(String.format("floor (no-work image, launch to exit), Torito KVM: %.1f ms", floor));
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            Duration timeout = Duration.ofMillis(Math.max(KVM_TIMEOUT.toMillis(), (long) (2 * tcgBoots[k])));
            try {
                String[] printed = new String[1];
                row[k] = median(bootNanos(images[k], Accel.KVM, timeout, printed)) / 1e6 - floor;
                record(checksums, k, "Torito KVM", printed[0]);
            } catch (KvmFailure e) {
                notes.add("Torito KVM, " + ComputeKernels.name(k) + ": no figure: " + e.getMessage());
            }
        }
        return row;
    }

    /** The kernels' symbols and argument slots for {@link NativeHarness}. */
    private static final String[] SYMBOLS = {"fib(I)I", "sieve(II)J", "hash(J)J", "nbody(I)D"};
    private static final long[][] SLOTS = {{ComputeKernels.FIB_N},
        {ComputeKernels.SIEVE_SIZE, ComputeKernels.SIEVE_ROUNDS}, {0, ComputeKernels.HASH_STEPS},
        {ComputeKernels.NBODY_STEPS}};

    /**
     * The native column: each kernel's compiled code from {@code image} (every image holds all four) called
     * {@link #RUNS} times in a host process by {@link NativeHarness}; NaN, with the reason in {@code notes},
     * where the harness cannot be built or run.
     */
    private static double[] hostNative(Path image, Path dir, String[][] checksums, List<String> notes)
            throws InterruptedException {
        double[] row = new double[ComputeKernels.KERNELS];
        Arrays.fill(row, Double.NaN);
        NativeHarness harness;
        try {
            harness = NativeHarness.build(dir);
        } catch (IOException e) {
            notes.add("Torito native: no column: " + e.getMessage());
            return row;
        }
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            try {
                NativeHarness.Runs runs = harness.call(image, ComputeKernels.class.getName() + "." + SYMBOLS[k],
                        RUNS, SLOTS[k]);
                row[k] = median(runs.nanos()) / 1e6;
                long raw = runs.result();
                String value = switch (k) {
                    case ComputeKernels.FIB -> Integer.toString((int) raw);
                    case ComputeKernels.NBODY -> String.format("0x%016x", raw);
                    default -> Long.toString(raw);
                };
                record(checksums, k, "Torito native", ComputeKernels.name(k) + " " + value);
            } catch (IOException e) {
                notes.add("Torito native, " + ComputeKernels.name(k) + ": no figure: " + e.getMessage());
            }
        }
        return row;
    }

    private static String table(Map<String, double[]> millis, List<String> notes, String[][] checksums,
            long elapsedNanos) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nCompute kernels: median of %d runs in ms (Torito: launch to exit minus the same"
                + " for the no-work image)%n", RUNS));
        out.append(String.format("sizes: fib(%d); sieve of %d entries x %d rounds; hash %d steps; n-body %d steps%n",
                ComputeKernels.FIB_N, ComputeKernels.SIEVE_SIZE, ComputeKernels.SIEVE_ROUNDS,
                ComputeKernels.HASH_STEPS, ComputeKernels.NBODY_STEPS));
        for (String note : notes) {
            out.append(note).append('\n');
        }
        out.append(String.format("%-8s", "kernel"));
        for (String column : millis.keySet()) {
            out.append(String.format(" %14s", column));
        }
        out.append('\n');
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            out.append(String.format("%-8s", ComputeKernels.name(k)));
            for (double[] row : millis.values()) {
                out.append(Double.isNaN(row[k]) ? String.format(" %14s", "n/a") : String.format(" %14.1f", row[k]));
            }
            out.append('\n');
        }

        List<String[]> ratios = new ArrayList<>();
        for (String torito : List.of("Torito TCG", "Torito KVM", "Torito native")) {
            for (HotSpotMode mode : HOTSPOT) {
                ratios.add(new String[] {torito, mode.column()});
            }
        }
        ratios.add(new String[] {"Torito TCG", "Torito KVM"});
        ratios.add(new String[] {"Torito TCG", "Torito native"});
        ratios.add(new String[] {"HotSpot -Xint", "HotSpot C2"});
        ratios.removeIf(ratio -> Arrays.stream(millis.get(ratio[0])).allMatch(Double::isNaN)
                || Arrays.stream(millis.get(ratio[1])).allMatch(Double::isNaN));
        out.append(String.format("%nRatios of times (above 1: the first is slower)%n%-8s", "kernel"));
        for (String[] ratio : ratios) {
            out.append(String.format(" %9s", shortName(ratio[0]) + "/" + shortName(ratio[1])));
        }
        out.append('\n');
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            out.append(String.format("%-8s", ComputeKernels.name(k)));
            for (String[] ratio : ratios) {
                double value = millis.get(ratio[0])[k] / millis.get(ratio[1])[k];
                out.append(Double.isNaN(value) ? String.format(" %9s", "n/a") : String.format(" %9.2f", value));
            }
            out.append('\n');
        }
        out.append(String.format("%nChecksums (the same in every column that has a figure):%n"));
        for (int k = 0; k < ComputeKernels.KERNELS; k++) {
            out.append("  ").append(checksums[k][0]).append('\n');
        }
        out.append(String.format("benchmark took %.0f s%n", elapsedNanos / 1e9));
        return out.toString();
    }

    private static String shortName(String column) {
        return switch (column) {
            case "Torito TCG" -> "TCG";
            case "Torito KVM" -> "KVM";
            case "Torito native" -> "nat";
            case "HotSpot -Xint" -> "Xint";
            case "HotSpot C1" -> "C1";
            case "HotSpot C2" -> "C2";
            default -> column;
        };
    }

    /** Keeps the first checksum line printed for kernel {@code k} and demands that every later one equals it. */
    private static void record(String[][] checksums, int k, String column, String line) {
        if (checksums[k] == null) {
            checksums[k] = new String[] {line, column};
        } else {
            assertEquals(checksums[k][0], line, ComputeKernels.name(k) + ": " + column + " disagrees with "
                    + checksums[k][1]);
        }
    }

    /**
     * Launch-to-exit nanoseconds of {@link #RUNS} boots of {@code image} on microvm; {@code printed[0]} gets the
     * output. A boot that fails fails the benchmark under TCG, and is a {@link KvmFailure} under KVM.
     */
    private static long[] bootNanos(Path image, Accel accel, Duration timeout, String[] printed)
            throws IOException {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            BootOptions options = BootOptions.forImage(image).withMachine(Machine.MICROVM).withAccel(accel)
                    .withTimeout(timeout);
            BootResult result = QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream());
            if (accel == Accel.KVM && (result.timedOut() || result.exitCode() != 0)) {
                String stderr = result.qemuStderr().strip();
                throw new KvmFailure(image.getFileName() + ": " + result.summary()
                        + (stderr.isEmpty() ? "" : "; QEMU: " + stderr.lines().limit(4).toList()));
            }
            assertFalse(result.timedOut(), image + " timed out: " + result.summary());
            assertEquals(0, result.exitCode(), image + ": " + result.summary() + "\n" + result.programOutputText()
                    + "\n" + result.kernelLogText() + "\n" + result.qemuStderr());
            nanos[i] = result.exitNanos();
            if (printed != null) {
                String line = result.programOutputText().trim();
                if (printed[0] != null) {
                    assertEquals(printed[0], line, image + " printed something else this time");
                }
                printed[0] = line;
            }
        }
        return nanos;
    }

    /** The {@link #RUNS} timed runs of {@code kernel} in one HotSpot process; {@code printed[0]} gets its checksum. */
    private static long[] hotSpotNanos(HotSpotMode mode, int kernel, String classPath, String[] printed)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(mode.options());
        command.addAll(List.of("-cp", classPath, HotSpotKernelRunner.class.getName(), Integer.toString(kernel),
                Integer.toString(mode.warmups()), Integer.toString(RUNS)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "HotSpot run did not end: " + command);
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + ":\n" + text);
        List<Long> nanos = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.trim();
            if (line.startsWith(HotSpotKernelRunner.NANOS)) {
                nanos.add(Long.parseLong(line.substring(HotSpotKernelRunner.NANOS.length())));
            } else if (!line.isEmpty()) {
                if (printed[0] != null) {
                    assertEquals(printed[0], line, mode.column() + " printed something else in another call");
                }
                printed[0] = line;
            }
        }
        assertEquals(RUNS, nanos.size(), command + ":\n" + text);
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
