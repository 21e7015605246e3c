package org.torito.bootimage.launch;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Boots an image under QEMU and reports what the guest did ({@link BootResult}).
 *
 * <p>Three threads take part. The caller's thread starts QEMU and waits for it, up to the timeout; at the
 * timeout it stops QEMU and every process QEMU started. A serial pump reads QEMU's stdout (the guest's
 * COM1) and routes each chunk through a {@link SerialDemultiplexer} the moment it arrives: program output to
 * the caller's program stream, kernel-log lines to the kernel-log stream when verbose. A stderr pump
 * collects QEMU's own messages, shown live when verbose. Everything is also captured for the result.
 *
 * <p>When the boot fails (timeout, no exit code, QEMU error) the runner writes a report to the kernel-log
 * stream: the whole serial log in arrival order, QEMU's stderr, and one line saying what happened. In
 * verbose mode those were already shown as they came, so only the line is added.
 *
 * <p>QEMU's stdin is closed: the guest gets no console input yet. A JVM that exits while QEMU runs (Ctrl-C,
 * SIGTERM) stops QEMU through a shutdown hook, so no guest keeps burning a core.
 */
public final class QemuBoot {
    /**
     * SeaBIOS on q35 reads no disk smaller than one cylinder of 16 heads and 63 sectors of 512 bytes; a
     * smaller image hangs at "Booting from Hard Disk" (seen with SeaBIOS 1.16.2 and QEMU 7.2).
     */
    static final long Q35_MIN_DISK_BYTES = 16L * 63 * 512;

    /** How long a stopped QEMU gets to exit on SIGTERM before it is killed. */
    private static final long STOP_GRACE_MILLIS = 2_000;
    /** How long QEMU gets to print its register dump after a KVM internal error before it is stopped. */
    private static final long STUCK_REPORT_MILLIS = 200;
    /** How long the pumps get to drain the pipes after QEMU has exited. */
    private static final long DRAIN_MILLIS = 10_000;
    private static final String PREFIX = "torito boot: ";

    private final String qemuBinary;
    private final BooleanSupplier kvmUsable;
    private final LongSupplier nanoClock;

    /**
     * @param qemuBinary the QEMU executable, a path or a name found on {@code PATH}
     * @param kvmUsable answers whether KVM can be used, for {@link Accel#AUTO}
     * @param nanoClock the clock that times the boot, in nanoseconds ({@code System::nanoTime})
     */
    public QemuBoot(String qemuBinary, BooleanSupplier kvmUsable, LongSupplier nanoClock) {
        this.qemuBinary = qemuBinary;
        this.kvmUsable = kvmUsable;
        this.nanoClock = nanoClock;
    }

    /**
     * The runner for this host: QEMU from {@code PATH}, KVM when {@code /dev/kvm} opens, the system clock.
     *
     * @throws QemuNotFoundException when QEMU is not installed
     */
    public static QemuBoot onThisHost() {
        return new QemuBoot(findQemu(System.getenv("PATH")).toString(), Accel::kvmUsableOnThisHost,
                System::nanoTime);
    }

    /**
     * {@value QemuCommandLine#QEMU_BINARY} in the first directory of {@code searchPath} that holds it.
     *
     * @throws QemuNotFoundException when no directory does
     */
    public static Path findQemu(String searchPath) {
        String path = searchPath == null ? "" : searchPath;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, QemuCommandLine.QEMU_BINARY);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new QemuNotFoundException(path);
    }

    /** The command {@link #boot} would run for {@code options}, with the accelerator resolved. */
    public List<String> commandLine(BootOptions options) {
        return QemuCommandLine.build(qemuBinary, options, options.accel().resolve(kvmUsable));
    }

    /**
     * Boots {@code options.image()} and waits until the guest exits, QEMU fails or the timeout passes.
     *
     * @param programOutput receives the program's console output as it comes (System.out for the CLI)
     * @param kernelLog receives kernel-log lines and QEMU's stderr when verbose, and the failure report
     * @throws NoSuchFileException when the image does not exist
     * @throws IOException when QEMU cannot be started
     * @throws InterruptedIOException when the calling thread is interrupted; QEMU is stopped first
     */
    public BootResult boot(BootOptions options, OutputStream programOutput, OutputStream kernelLog)
            throws IOException {
        if (!Files.isRegularFile(options.image())) {
            throw new NoSuchFileException(options.image().toString(), null,
                    "no such boot image: build it first (mvn package, or ./torito image)");
        }
        Accel accel = options.accel().resolve(kvmUsable);
        List<String> command = QemuCommandLine.build(qemuBinary, options, accel);
        Sink report = new Sink(kernelLog);
        warnAboutSmallQ35Disk(options, report);
        if (options.verbose()) {
            report.line(QemuCommandLine.toShellString(command));
        }

        Sink program = new Sink(programOutput);
        Sink kernel = new Sink(options.verbose() ? kernelLog : null);
        Sink serialLog = new Sink(null);
        Sink stderr = new Sink(options.verbose() ? kernelLog : null);

        long launchNanos = nanoClock.getAsLong();
        Process qemu = new ProcessBuilder(command).start();
        Thread stopOnExit = new Thread(() -> stopProcessTree(qemu), "stop QEMU on JVM exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            qemu.getOutputStream().close();
            SerialPump serialPump = new SerialPump(qemu.getInputStream(), serialLog,
                    new SerialDemultiplexer(program, kernel), program);
            Thread serialThread = startDaemon(serialPump, "QEMU serial console");
            CompletableFuture<Void> guestStuck = new CompletableFuture<>();
            Thread stderrThread = startDaemon(() -> copyStderr(qemu.getErrorStream(), stderr, guestStuck),
                    "QEMU stderr");

            boolean timedOut = !waitFor(qemu, guestStuck, options);
            long exitNanos = nanoClock.getAsLong() - launchNanos;
            if (timedOut || guestStuck.isDone()) {
                stopProcessTree(qemu);
            }
            join(serialThread);
            join(stderrThread);

            String qemuStderr = stderr.text();
            int status = timedOut ? -1 : qemu.exitValue();
            BootOutcome outcome = BootOutcome.classify(timedOut, status, qemuStderr);
            int exitCode = outcome == BootOutcome.EXITED ? GuestProtocol.guestExitCode(status).getAsInt()
                    : outcome.exitCode();
            // The pump may read the first byte only after QEMU has exited; it was written before the exit.
            long firstByteNanos = serialPump.firstByteAt < 0 ? -1
                    : Math.min(serialPump.firstByteAt - launchNanos, exitNanos);
            long firstProgramByteNanos = serialPump.firstProgramByteAt < 0 ? -1
                    : Math.min(serialPump.firstProgramByteAt - launchNanos, exitNanos);
            BootResult result = new BootResult(outcome, exitCode, program.bytes(), kernel.bytes(), qemuStderr,
                    firstByteNanos, firstProgramByteNanos, exitNanos, command, accel);
            reportEnd(options, result, status, serialLog.bytes(), report);
            return result;
        } finally {
            stopProcessTree(qemu);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting and runs the hook anyway.
            }
        }
    }

    /**
     * Waits until QEMU exits or the guest is known to be stuck, at most until the timeout; false when the
     * timeout passed first.
     */
    private static boolean waitFor(Process qemu, CompletableFuture<Void> guestStuck, BootOptions options)
            throws InterruptedIOException {
        CompletableFuture<Object> ended = CompletableFuture.anyOf(qemu.onExit(), guestStuck);
        try {
            if (options.hasTimeout()) {
                ended.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                ended.get();
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            stopProcessTree(qemu);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for QEMU; QEMU was stopped");
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for QEMU failed", e.getCause());
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Reports
    // ------------------------------------------------------------------------------------------------

    private static void warnAboutSmallQ35Disk(BootOptions options, Sink report) throws IOException {
        if (options.kind() == ImageKind.DISK && options.machine() == Machine.Q35
                && Files.size(options.image()) < Q35_MIN_DISK_BYTES) {
            report.line("warning: " + options.image() + " has " + Files.size(options.image()) + " bytes; SeaBIOS"
                    + " on q35 boots no disk smaller than " + Q35_MIN_DISK_BYTES + " bytes (one cylinder of 16"
                    + " heads and 63 sectors): pad the image, or use --machine pc");
        }
    }

    private static void reportEnd(BootOptions options, BootResult result, int status, byte[] serialLog,
            Sink report) {
        if (result.outcome() != BootOutcome.EXITED && !options.verbose()) {
            if (serialLog.length == 0) {
                report.line("the guest wrote nothing to the serial console");
            } else {
                report.line("serial log (" + serialLog.length + " bytes):");
                byte[] log = SerialDemultiplexer.withoutMarkers(serialLog);
                report.write(log, 0, log.length);
                if (log[log.length - 1] != '\n') {
                    report.write(new byte[] {'\n'}, 0, 1);
                }
            }
            if (!result.qemuStderr().isEmpty()) {
                report.line("QEMU's stderr:");
                report.text(result.qemuStderr().endsWith("\n") ? result.qemuStderr() : result.qemuStderr() + "\n");
            }
        }
        switch (result.outcome()) {
            case EXITED -> {
                if (options.verbose()) {
                    report.line(result.summary());
                }
            }
            case TIMED_OUT -> report.line("timed out after " + seconds(options) + "; QEMU was stopped (exit code "
                    + result.exitCode() + ")");
            case NO_EXIT_CODE -> report.line("the guest stopped without an exit code: QEMU ended with status 0"
                    + " (a triple fault under -no-reboot, a reset or a shutdown) (exit code " + result.exitCode()
                    + ")");
            case QEMU_FAILED -> {
                if (result.qemuStderr().contains(BootOutcome.KVM_INTERNAL_ERROR)) {
                    report.line("KVM could not run the guest and QEMU was stopped (exit code " + result.exitCode()
                            + "); --accel tcg runs it without KVM");
                } else {
                    report.line("QEMU failed with status " + status + " (exit code " + result.exitCode()
                            + "); command: " + QemuCommandLine.toShellString(result.command()));
                }
            }
            default -> throw new IllegalStateException("no report for outcome " + result.outcome());
        }
    }

    private static String seconds(BootOptions options) {
        long millis = options.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    // ------------------------------------------------------------------------------------------------
    // Processes and pumps
    // ------------------------------------------------------------------------------------------------

    /** Stops QEMU and everything it started: SIGTERM, then SIGKILL after a grace period. */
    private static void stopProcessTree(Process qemu) {
        List<ProcessHandle> tree = qemu.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        qemu.destroy();
        try {
            if (!qemu.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                qemu.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            qemu.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread startDaemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread pump) throws InterruptedIOException {
        try {
            pump.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading QEMU's output");
        }
    }

    /** Collects QEMU's stderr, and completes {@code guestStuck} when QEMU reports a KVM internal error. */
    private static void copyStderr(InputStream in, Sink out, CompletableFuture<Void> guestStuck) {
        byte[] buffer = new byte[4096];
        boolean kvmFailed = false;
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (!kvmFailed && out.text().contains(BootOutcome.KVM_INTERNAL_ERROR)) {
                    kvmFailed = true;
                    // QEMU prints the registers after the error line: give it a moment to finish.
                    CompletableFuture.delayedExecutor(STUCK_REPORT_MILLIS, TimeUnit.MILLISECONDS)
                            .execute(() -> guestStuck.complete(null));
                }
            }
        } catch (IOException e) {
            // The pipe closed under us: QEMU is gone, and what was read is kept.
        }
    }

    /** Reads the serial console, noting when the first byte came, and routes every chunk at once. */
    private final class SerialPump implements Runnable {
        private final InputStream console;
        private final Sink serialLog;
        private final SerialDemultiplexer demultiplexer;
        private final Sink program;
        /** The clock reading when the first byte arrived, or -1; written by the pump, read after join. */
        volatile long firstByteAt = -1;
        /** The same for the first byte of program output (not kernel log). */
        volatile long firstProgramByteAt = -1;

        SerialPump(InputStream console, Sink serialLog, SerialDemultiplexer demultiplexer, Sink program) {
            this.console = console;
            this.serialLog = serialLog;
            this.demultiplexer = demultiplexer;
            this.program = program;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (console) {
                for (int n; (n = console.read(buffer)) >= 0; ) {
                    if (firstByteAt < 0 && n > 0) {
                        firstByteAt = nanoClock.getAsLong();
                    }
                    serialLog.write(buffer, 0, n);
                    demultiplexer.write(buffer, 0, n);
                    if (firstProgramByteAt < 0 && program.size() > 0) {
                        firstProgramByteAt = nanoClock.getAsLong();
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us: QEMU is gone, and what was read is kept.
            }
        }
    }

    /**
     * Captures every byte, and passes it on to a live stream (when there is one) until that stream fails:
     * a closed stdout must not stop the pump, or QEMU would block on a full pipe.
     */
    private static final class Sink extends OutputStream {
        private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        private final OutputStream live;
        private boolean liveFailed;

        Sink(OutputStream live) {
            this.live = live;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            captured.write(bytes, offset, length);
            if (live == null || liveFailed) {
                return;
            }
            synchronized (live) { // the kernel log is shared by several sinks and pumps
                try {
                    live.write(bytes, offset, length);
                    live.flush();
                } catch (IOException e) {
                    liveFailed = true;
                }
            }
        }

        void text(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
        }

        void line(String message) {
            text(PREFIX + message + "\n");
        }

        synchronized int size() {
            return captured.size();
        }

        synchronized byte[] bytes() {
            return captured.toByteArray();
        }

        synchronized String text() {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }
}
