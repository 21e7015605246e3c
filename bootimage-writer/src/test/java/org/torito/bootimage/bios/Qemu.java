package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Boots a disk image under QEMU for a test: output captured in files (no pipe can fill up), every wait bounded,
 * and a missing QEMU a failure that says how to install it, never a skip.
 *
 * <p>The command line is the same for pc and q35: {@code -nodefaults} removes the default NIC, VGA and
 * CD-ROM but not the disk controller that each machine has built in (PIIX IDE on pc, ICH9 AHCI on q35), and a
 * plain {@code -drive} (if=ide) attaches to it; SeaBIOS then boots the first hard disk. Without VGA, INT 10h
 * output goes nowhere: what the test sees is SeaBIOS's banner and the guest's COM1 on stdout.
 */
final class Qemu {
    static final String BINARY = "qemu-system-x86_64";
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 20;

    /** What one run produced; {@link #describe()} is what a failing assertion shows. */
    record Result(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {
        String describe() {
            return "command: " + String.join(" ", command) + "\nexit code: " + exitCode + " after "
                    + elapsed.toMillis() + " ms\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    private Qemu() {
    }

    /** Fails the test unless QEMU is on PATH. */
    static void require() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, BINARY))) {
                return;
            }
        }
        fail(BINARY + " is not on PATH; ./torito test installs it (Debian package qemu-system-x86)");
    }

    /** The command that boots {@code image} on {@code machine} under TCG, plus {@code extra} options. */
    static List<String> command(String machine, Path image, String... extra) {
        List<String> command = new ArrayList<>(List.of(BINARY, "-M", machine, "-accel", "tcg", "-m", "128",
                "-nodefaults", "-no-reboot", "-nographic", "-serial", "stdio",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-drive", "file=" + image + ",format=raw"));
        command.addAll(List.of(extra));
        return command;
    }

    /** Runs {@code command} until QEMU exits; a run that outlives {@link #TIMEOUT} is killed and fails. */
    static Result run(Path workDir, List<String> command) throws IOException, InterruptedException {
        return run(workDir, command, null);
    }

    /**
     * Runs {@code command} until QEMU exits or its stdout contains {@code expected}, then kills it: for a guest
     * that halts. Exit code -1 means it was killed. Not seeing {@code expected} within {@link #TIMEOUT} fails.
     */
    static Result runUntilOutput(Path workDir, List<String> command, String expected)
            throws IOException, InterruptedException {
        return run(workDir, command, expected);
    }

    private static Result run(Path workDir, List<String> command, String expected)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        long startNanos = System.nanoTime();
        long deadline = startNanos + TIMEOUT.toNanos();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        boolean exited = false;
        boolean seen = false;
        while (!exited && !seen && System.nanoTime() < deadline) {
            exited = process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
            seen = expected != null && read(stdout).contains(expected);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Result result = new Result(command, exited ? process.exitValue() : -1, read(stdout), read(stderr), elapsed);
        if (!exited && !seen) {
            fail("timed out after " + TIMEOUT.toSeconds() + " s and was killed"
                    + (expected == null ? "" : ", never printing \"" + expected + "\"") + "\n" + result.describe());
        }
        return result;
    }

    /** The file as UTF-8, with U+FFFD for bytes that are not (firmware may print any). */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
