package org.torito.bootimage.elf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a host tool (readelf, objdump, QEMU) for a test: output captured in files (no pipe can fill up), every
 * wait bounded, and a missing tool a failure that says how to install it, never a silent skip.
 */
final class HostTool {
    /** What one run produced; {@link #describe()} is what a failing assertion shows. */
    record Result(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {
        String describe() {
            return "command: " + String.join(" ", command) + "\nexit code: " + exitCode + " after "
                    + elapsed.toMillis() + " ms\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    private HostTool() {
    }

    /** Fails the test unless {@code tool} is an executable on PATH. */
    static void require(String tool, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        fail(tool + " is not on PATH; ./torito test installs it (Debian package " + debianPackage + ")");
    }

    /**
     * Runs {@code command} in {@code workDir} with stdin at end of file. A run that outlives {@code timeout} is
     * destroyed and fails the test with everything it printed.
     */
    static Result run(Path workDir, Duration timeout, List<String> command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Result result = new Result(command, exited ? process.exitValue() : -1,
                readLenient(stdout), readLenient(stderr), elapsed);
        if (!exited) {
            fail("timed out after " + timeout.toSeconds() + " s and was killed\n" + result.describe());
        }
        return result;
    }

    /** The file as UTF-8, with U+FFFD for bytes that are not (firmware may print any). */
    private static String readLenient(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
