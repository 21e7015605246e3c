package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link QemuBoot} against a scripted stand-in for QEMU, then against the real one under TCG. */
class QemuBootTest {
    private final ByteArrayOutputStream programOutput = new ByteArrayOutputStream();
    private final ByteArrayOutputStream kernelLog = new ByteArrayOutputStream();

    private String report() {
        return kernelLog.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class WithScriptedQemu {
        @TempDir
        Path dir;
        /** A clock that advances 1 ms at every reading. */
        private final AtomicLong clock = new AtomicLong();
        private Path image;

        @BeforeEach
        void writeImage() throws IOException {
            image = Files.write(dir.resolve("app.elf"), new byte[] {0x7F, 'E', 'L', 'F'});
        }

        /** A runner whose "QEMU" is {@code script}, a POSIX shell script. */
        private QemuBoot qemu(String script) throws IOException {
            Path fake = dir.resolve("fake-qemu");
            Files.writeString(fake, "#!/bin/sh\n" + script + "\n");
            Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
            return new QemuBoot(fake.toString(), () -> false, () -> clock.addAndGet(1_000_000));
        }

        @Test
        void boot_oddStatus_mapsToGuestCodeAndSplitsTheConsole() throws IOException {
            QemuBoot qemu = qemu("printf '\\036klog\\nhi\\n'; exit 11");

            BootResult result = qemu.boot(BootOptions.forImage(image), programOutput, kernelLog);

            assertEquals(BootOutcome.EXITED, result.outcome());
            assertEquals(5, result.exitCode());
            assertEquals("hi\n", result.programOutputText());
            assertEquals("klog\n", result.kernelLogText());
            assertEquals("hi\n", programOutput.toString(StandardCharsets.UTF_8));
            assertEquals("", report(), "quiet boots show no kernel log");
            assertTrue(result.wroteOutput());
            assertTrue(result.firstByteNanos() > 0 && result.exitNanos() > 0, result.summary());
            assertEquals(Accel.TCG, result.accel());
        }

        @Test
        void boot_verbose_streamsKernelLogAndSaysWhatRan() throws IOException {
            QemuBoot qemu = qemu("printf '\\036klog\\nhi\\n'; echo 'qemu note' >&2; exit 11");

            qemu.boot(BootOptions.forImage(image).withVerbose(true), programOutput, kernelLog);

            assertTrue(report().startsWith("torito boot: " + dir.resolve("fake-qemu") + " -machine microvm"),
                    report());
            assertTrue(report().contains("klog\n"), report());
            assertTrue(report().contains("qemu note\n"), report());
            assertTrue(report().contains("torito boot: EXITED with exit code 5 under tcg"), report());
        }

        @Test
        void boot_statusOneWithQemuError_isQemuFailedWithItsStderr() throws IOException {
            QemuBoot qemu = qemu("echo 'qemu-system-x86_64: -kernel app.elf: bad header' >&2; exit 1");

            BootResult result = qemu.boot(BootOptions.forImage(image), programOutput, kernelLog);

            assertEquals(BootOutcome.QEMU_FAILED, result.outcome());
            assertEquals(126, result.exitCode());
            assertTrue(report().contains("the guest wrote nothing to the serial console\n"), report());
            assertTrue(report().contains("QEMU's stderr:\nqemu-system-x86_64: -kernel app.elf: bad header\n"),
                    report());
            assertTrue(report().contains("torito boot: QEMU failed with status 1 (exit code 126)"), report());
        }

        @Test
        void boot_statusZero_reportsNoExitCodeWithTheSerialLog() throws IOException {
            QemuBoot qemu = qemu("printf 'started\\n\\036kernel line\\nlast words'; exit 0");

            BootResult result = qemu.boot(BootOptions.forImage(image), programOutput, kernelLog);

            assertEquals(BootOutcome.NO_EXIT_CODE, result.outcome());
            assertEquals(125, result.exitCode());
            assertEquals("torito boot: serial log (31 bytes):\nstarted\nkernel line\nlast words\n"
                    + "torito boot: the guest stopped without an exit code: QEMU ended with status 0 (a triple"
                    + " fault under -no-reboot, a reset or a shutdown) (exit code 125)\n", report());
        }

        @Test
        void boot_pastTheTimeout_stopsQemuAndItsChildren() throws Exception {
            Path pidFile = dir.resolve("child.pid");
            QemuBoot qemu = qemu("printf 'so far\\n'; sleep 60 & echo $! > " + pidFile + "; wait");

            BootResult result = qemu.boot(BootOptions.forImage(image).withTimeout(Duration.ofMillis(500)),
                    programOutput, kernelLog);

            assertTrue(result.timedOut());
            assertEquals(124, result.exitCode());
            assertEquals("so far\n", result.programOutputText());
            assertTrue(report().contains("serial log (7 bytes):\nso far\n"), report());
            assertTrue(report().endsWith("torito boot: timed out after 500 ms; QEMU was stopped (exit code 124)\n"),
                    report());
            long childPid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> child = ProcessHandle.of(childPid);
            if (child.isPresent()) {
                child.get().onExit().get(); // a zombie until reaped: wait for it to go
            }
            assertFalse(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false),
                    "QEMU's child " + childPid + " outlived the timeout");
        }

        @Test
        void boot_kvmInternalError_stopsQemuWithoutWaitingForTheTimeout() throws IOException {
            QemuBoot qemu = qemu("printf 'A'; echo 'KVM internal error. Suberror: 1' >&2; echo 'EAX=0' >&2;"
                    + " exec sleep 60");

            BootResult result = qemu.boot(BootOptions.forImage(image).withTimeout(Duration.ofSeconds(60)),
                    programOutput, kernelLog);

            assertEquals(BootOutcome.QEMU_FAILED, result.outcome());
            assertEquals(126, result.exitCode());
            assertTrue(report().contains("QEMU's stderr:\nKVM internal error. Suberror: 1\nEAX=0\n"), report());
            assertTrue(report().endsWith("torito boot: KVM could not run the guest and QEMU was stopped (exit code"
                    + " 126); --accel tcg runs it without KVM\n"), report());
        }

        @Test
        void boot_programOutputStreamFails_stillCapturesAndFinishes() throws IOException {
            QemuBoot qemu = qemu("printf 'a\\nb\\n'; exit 1");
            OutputStream closedStdout = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            };

            BootResult result = qemu.boot(BootOptions.forImage(image), closedStdout, kernelLog);

            assertEquals(0, result.exitCode());
            assertEquals("a\nb\n", result.programOutputText());
        }

        @Test
        void boot_missingImage_isNoSuchFile() throws IOException {
            QemuBoot qemu = qemu("exit 1");

            NoSuchFileException e = assertThrows(NoSuchFileException.class,
                    () -> qemu.boot(BootOptions.forImage(dir.resolve("gone.elf")), programOutput, kernelLog));

            assertTrue(e.getMessage().contains("build it first"), e.getMessage());
        }

        @Test
        void findQemu_notOnPath_saysThatToritoTestInstallsIt() {
            QemuNotFoundException e = assertThrows(QemuNotFoundException.class,
                    () -> QemuBoot.findQemu(dir.toString()));

            assertTrue(e.getMessage().contains("./torito test installs it"), e.getMessage());
        }
    }

    @Nested
    @Tag("qemu")
    class UnderQemu {
        /** A kernel-log line, then program output: what every hello image writes before exiting with 5. */
        private static final String HELLO = "\u001eklog\nhi\n";
        private QemuBoot qemu;

        /** Fails (never skips) when QEMU is missing: the message says that ./torito test installs it. */
        @BeforeEach
        void findQemu() {
            qemu = new QemuBoot(QemuBoot.findQemu(System.getenv("PATH")).toString(), () -> false,
                    System::nanoTime);
        }

        private BootResult boot(BootOptions options) throws IOException {
            BootResult result = qemu.boot(options.withAccel(Accel.TCG).withTimeout(Duration.ofSeconds(30)),
                    programOutput, kernelLog);
            System.out.println(options.image().getFileName() + " on " + options.machine().qemuName() + ": "
                    + result.summary());
            return result;
        }

        private void assertHelloExitedWith5(BootResult result) {
            assertEquals(BootOutcome.EXITED, result.outcome(), report());
            assertEquals(5, result.exitCode(), report());
            assertEquals("hi\n", result.programOutputText());
            assertEquals("klog\n", result.kernelLogText());
            assertEquals("hi\n", programOutput.toString(StandardCharsets.UTF_8));
            assertTrue(result.firstByteNanos() > 0 && result.firstByteNanos() <= result.exitNanos(),
                    result.summary());
        }

        @ParameterizedTest(name = "on {0}")
        @EnumSource(Machine.class)
        void boot_helloElf_printsThroughTheDemultiplexerAndExitsWith5(Machine machine) throws IOException {
            Path elf = TinyImages.write("hello.elf", TinyImages.pvhElf(TinyImages.printAndExit32(HELLO, 5)));

            BootResult result = boot(BootOptions.forImage(elf).withMachine(machine));

            assertHelloExitedWith5(result);
        }

        @ParameterizedTest(name = "on {0}")
        @EnumSource(value = Machine.class, names = {"PC", "Q35"})
        void boot_helloDisk_printsAndExitsWith5(Machine machine) throws IOException {
            Path img = TinyImages.write("hello.img", TinyImages.biosDisk(TinyImages.printAndExit16(HELLO, 5)));

            BootResult result = boot(BootOptions.forImage(img).withMachine(machine));

            assertHelloExitedWith5(result);
        }

        @Test
        void boot_guestWritesZero_exitsWithZeroNotQemuFailure() throws IOException {
            Path elf = TinyImages.write("zero.elf", TinyImages.pvhElf(TinyImages.printAndExit32("ok\n", 0)));

            BootResult result = boot(BootOptions.forImage(elf));

            assertEquals(BootOutcome.EXITED, result.outcome(), report());
            assertEquals(0, result.exitCode());
            assertEquals("ok\n", result.programOutputText());
        }

        @Test
        void boot_kernelOptionsAndProgramArgs_reachTheGuestAsTheAppendValue() throws IOException {
            Path elf = TinyImages.write("cmdline.elf", TinyImages.pvhElf(TinyImages.printCommandLine32()));
            List<String> args = List.of("port=80", "two words", "say \"hi\"");

            BootResult result = boot(BootOptions.forImage(elf).withProgramArgs(args)
                    .withKernelOptions(List.of("heap=64m")));

            assertEquals(0, result.exitCode(), report());
            assertEquals("heap=64m -- " + QemuCommandLine.appendValue(args) + "\n", result.programOutputText());
        }

        @Test
        void boot_loopingGuestWithTimeout2s_exits124() throws IOException {
            Path elf = TinyImages.write("loop.elf", TinyImages.pvhElf(TinyImages.loopForever32()));

            BootResult result = qemu.boot(BootOptions.forImage(elf).withAccel(Accel.TCG)
                    .withTimeout(Duration.ofSeconds(2)), programOutput, kernelLog);

            assertTrue(result.timedOut());
            assertEquals(124, result.exitCode());
            assertFalse(result.wroteOutput());
            assertTrue(result.exitNanos() >= 2_000_000_000L, result.summary());
            assertTrue(report().endsWith("timed out after 2 s; QEMU was stopped (exit code 124)\n"), report());
        }

        @Test
        void boot_tripleFault_exits125WithTheSerialLog() throws IOException {
            Path elf = TinyImages.write("triple-fault.elf", TinyImages.pvhElf(TinyImages.tripleFault32()));

            BootResult result = boot(BootOptions.forImage(elf));

            assertEquals(BootOutcome.NO_EXIT_CODE, result.outcome(), report());
            assertEquals(125, result.exitCode());
            assertTrue(report().startsWith("torito boot: serial log (1 bytes):\nA\n"), report());
        }

        @Test
        void boot_notAnElf_isQemuFailed() throws IOException {
            Path elf = TinyImages.write("garbage.elf", "not an ELF".getBytes(StandardCharsets.UTF_8));

            BootResult result = boot(BootOptions.forImage(elf));

            assertEquals(BootOutcome.QEMU_FAILED, result.outcome(), report());
            assertEquals(126, result.exitCode());
            assertTrue(report().contains("QEMU's stderr:\nqemu"), report());
        }
    }
}
