package org.torito.test.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.Accel;
import org.torito.bootimage.launch.BootOptions;
import org.torito.bootimage.launch.BootResult;
import org.torito.bootimage.launch.Machine;
import org.torito.bootimage.launch.QemuBoot;

/**
 * Boot time of {@code apps/hello} against the trivial PVH image on the same QEMU command line
 * ({@code -M microvm}), TCG and (where usable) KVM: median wall time from QEMU launch to the first console
 * byte, to the program's first byte and to exit over {@link #RUNS} boots each, printed as a table with
 * ratios. The two images boot in turn, so that a change in the machine's speed during the run (other work,
 * frequency) weighs on both alike. A benchmark, run on demand
 * ({@code mvn -pl test test -Dtest=BootTimeBenchmark}); it asserts only that the boots worked.
 */
class BootTimeBenchmark {
    private static final int RUNS = 15;

    @Test
    void helloAgainstTrivialImage(@TempDir Path dir) throws IOException {
        Path trivial = dir.resolve("trivial.elf");
        Files.write(trivial, TrivialImage.elf());
        Path hello = Path.of(System.getProperty("torito.apps.dir", "../apps"), "hello", "target", "hello.elf");
        List<Accel> accels = new ArrayList<>(List.of(Accel.TCG));
        if (Accel.kvmUsableOnThisHost()) {
            accels.add(Accel.KVM);
        }
        StringBuilder table = new StringBuilder(String.format("%n%-6s %-10s %14s %16s %10s%n", "accel", "image",
                "first byte ms", "first line ms", "exit ms"));
        for (Accel accel : accels) {
            long[][] both = measure(List.of(trivial, hello), accel);
            long[] floor = both[0];
            long[] app = both[1];
            row(table, accel, "trivial", floor);
            row(table, accel, "hello", app);
            table.append(String.format("%-6s %-10s %13.2fx %15.2fx %9.2fx%n", accel, "ratio",
                    (double) app[0] / floor[0], (double) app[1] / floor[1], (double) app[2] / floor[2]));
        }
        System.out.println(table);
    }

    private static void row(StringBuilder table, Accel accel, String name, long[] medians) {
        table.append(String.format("%-6s %-10s %14.1f %16.1f %10.1f%n", accel, name, medians[0] / 1e6,
                medians[1] / 1e6, medians[2] / 1e6));
    }

    /**
     * For each image, the median launch to the first console byte (the kernel's banner), to the first byte the
     * program prints (the trivial image's one character), and to exit, in nanoseconds; the images boot in turn.
     */
    private static long[][] measure(List<Path> images, Accel accel) throws IOException {
        long[][][] samples = new long[images.size()][3][RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (int image = 0; image < images.size(); image++) {
                BootOptions options = BootOptions.forImage(images.get(image)).withMachine(Machine.MICROVM)
                        .withAccel(accel).withTimeout(Duration.ofSeconds(60));
                BootResult result = QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream());
                assertEquals(0, result.exitCode(), images.get(image) + ": " + result.summary());
                samples[image][0][i] = result.firstByteNanos();
                samples[image][1][i] = result.firstProgramByteNanos();
                samples[image][2][i] = result.exitNanos();
            }
        }
        long[][] medians = new long[images.size()][3];
        for (int image = 0; image < images.size(); image++) {
            for (int what = 0; what < 3; what++) {
                Arrays.sort(samples[image][what]);
                medians[image][what] = samples[image][what][RUNS / 2];
            }
        }
        return medians;
    }
}
