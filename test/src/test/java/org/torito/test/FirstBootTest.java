package org.torito.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.torito.bootimage.ImageCommand;
import org.torito.bootimage.launch.Accel;
import org.torito.bootimage.launch.BootOptions;
import org.torito.bootimage.launch.BootResult;
import org.torito.bootimage.launch.Machine;
import org.torito.bootimage.launch.QemuBoot;
import org.torito.kernel.boot.DebugExit;
import org.torito.kernel.boot.KernelOptions;

/**
 * The first vertical slice on real (emulated) hardware: {@code apps/hello} as built by {@code mvn package}
 * boots on every machine type and prints exactly its output; exit codes and CPU-exception panics reach the
 * host; the image writer refuses bad input without writing an image.
 */
@Tag("qemu")
class FirstBootTest {
    /** What Hello prints; the primes and checksum were checked against the same loop on HotSpot. */
    static final String HELLO_OUTPUT = "Hello from Torito! The first 20 primes: 2 3 5 7 11 13 17 19 23 29 31 37 41 43"
            + " 47 53 59 61 67 71\nchecksum 7817441420397738689\n";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    static Path helloElf() {
        Path elf = Path.of(System.getProperty("torito.apps.dir", "../apps"), "hello", "target", "hello.elf");
        assertTrue(Files.isRegularFile(elf), elf + " is missing: `mvn package` (or ./torito test) builds it");
        return elf;
    }

    static BootResult boot(Path image, Machine machine, Accel accel, List<String> args) throws IOException {
        BootOptions options = BootOptions.forImage(image).withMachine(machine).withAccel(accel)
                .withTimeout(TIMEOUT).withProgramArgs(args);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(), log);
    }

    static void assertBoot(BootResult result, int exitCode, String output) {
        String context = "\n--- program output ---\n" + result.programOutputText() + "\n--- kernel log ---\n"
                + result.kernelLogText();
        assertFalse(result.timedOut(), "timed out" + context);
        assertEquals(exitCode, result.exitCode(), "exit code" + context);
        if (output != null) {
            assertEquals(output, result.programOutputText(), "program output" + context);
        }
    }

    /** Builds an image of {@code mainClass} from the test classes into {@code dir}. */
    static Path image(String mainClass, Path dir) {
        Path out = dir.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".elf");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int status = ImageCommand.run(new String[] {"--cp", testClasses(), "--main", mainClass, "--out",
            out.toString()}, print, print);
        assertEquals(0, status, messages.toString(StandardCharsets.UTF_8));
        return out;
    }

    static String testClasses() {
        return Path.of(FirstBootTest.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    @ParameterizedTest
    @EnumSource(value = Machine.class, names = {"MICROVM", "PC"})
    void hello_elfUnderTcg_printsPrimesAndExitsZero(Machine machine) throws IOException {
        BootResult result = boot(helloElf(), machine, Accel.TCG, List.of("alpha", "beta"));

        assertBoot(result, 0, HELLO_OUTPUT);
        assertTrue(result.kernelLogText().contains("Torito 0.1.0 booting"), result.kernelLogText());
        assertTrue(result.kernelLogText().contains("usable RAM: "), result.kernelLogText());
        assertTrue(result.kernelLogText().contains("command line: -- alpha beta"), result.kernelLogText());
        assertPlausibleTscRate(result.kernelLogText());
    }

    /** The boot measured the TSC against the PIT: a rate between 10 MHz and 100 GHz is a measurement. */
    static void assertPlausibleTscRate(String kernelLog) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("TSC: (\\d+) kHz").matcher(kernelLog);
        assertTrue(m.find(), "no TSC rate in the kernel log:\n" + kernelLog);
        long kHz = Long.parseLong(m.group(1));
        assertTrue(kHz > 10_000 && kHz < 100_000_000, "implausible TSC rate " + kHz + " kHz");
        assertRtcNearHostClock(kernelLog);
    }

    /** The boot read the RTC, which QEMU sets from the host's clock in UTC: within a day of the host's time. */
    static void assertRtcNearHostClock(String kernelLog) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RTC (-?\\d+) s since 1970").matcher(kernelLog);
        assertTrue(m.find(), "no RTC time in the kernel log:\n" + kernelLog);
        long difference = Math.abs(Long.parseLong(m.group(1)) - System.currentTimeMillis() / 1000);
        assertTrue(difference < 86_400, "the RTC is " + difference + " s away from the host's clock");
    }

    @ParameterizedTest
    @EnumSource(value = Machine.class, names = {"PC", "Q35"})
    void hello_diskImageUnderTcg_printsPrimesAndExitsZero(Machine machine) throws IOException {
        Path disk = helloElf().resolveSibling("hello.img");
        assertTrue(Files.isRegularFile(disk), disk + " is missing: `mvn package` writes it beside hello.elf");

        BootResult result = boot(disk, machine, Accel.TCG, List.of());

        assertBoot(result, 0, HELLO_OUTPUT);
        assertTrue(result.kernelLogText().contains("Torito 0.1.0 booting"), result.kernelLogText());
        assertTrue(result.kernelLogText().contains("usable RAM: "), result.kernelLogText());
        assertPlausibleTscRate(result.kernelLogText());
    }

    @Test
    void hello_elfUnderKvm_printsPrimesAndExitsZero() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Accel.kvmUsableOnThisHost(), "KVM is not usable here");

        BootResult result = boot(helloElf(), Machine.MICROVM, Accel.KVM, List.of());

        assertBoot(result, 0, HELLO_OUTPUT);
    }

    /**
     * System.nanoTime runs at the wall clock's rate: a second of it, spun on the guest, lasts a second on the
     * host (within what the console and exit add, and TCG's pauses), so the boot measured the TSC's rate right.
     */
    @Test
    void oneSecondOfNanoTime_lastsASecondOnTheHost(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.SpinsOneSecond", dir), Machine.MICROVM, Accel.TCG,
                List.of());

        assertBoot(result, 0, "start\nend\n");
        double seconds = (result.exitNanos() - result.firstProgramByteNanos()) / 1e9;
        assertTrue(seconds > 0.9 && seconds < 1.5, "a second of System.nanoTime lasted " + seconds + " s on the host");
    }

    @Test
    void exitThree_exitsWithThree(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.ExitThree", dir), Machine.MICROVM, Accel.TCG,
                List.of());

        assertBoot(result, 3, "leaving with 3\n");
    }

    /** The words after {@code --} reach main exactly, quoting undone; System.exit runs the hooks, then exits. */
    @Test
    void mainArguments_andSystemExit(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.EchoArgs", dir), Machine.MICROVM, Accel.TCG,
                List.of("alpha", "b c", "", "d\\e\"f", "ünï"));

        assertBoot(result, 15, "[alpha]\n[b c]\n[]\n[d\\e\"f]\n[ünï]\nhook\n");
    }

    /** A kernel option the kernel does not know stops the boot before main, naming it. */
    @Test
    void unknownKernelOption_stopsTheBootNamingIt(@TempDir Path dir) throws IOException {
        BootOptions options = BootOptions.forImage(image("org.torito.test.programs.EchoArgs", dir))
                .withMachine(Machine.MICROVM).withAccel(Accel.TCG).withTimeout(TIMEOUT)
                .withKernelOptions(List.of("heap=64m", "gc.verbsoe")).withProgramArgs(List.of("a"));

        BootResult result = QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream());

        assertBoot(result, KernelOptions.EXIT_BAD_OPTION, "");
        assertTrue(result.kernelLogText().contains("bad kernel option 'gc.verbsoe'"), result.kernelLogText());
    }

    /** One thread: an untimed wait can never end, and fails loudly instead of hanging. */
    @Test
    void joiningADaemonThatCannotRun_failsInsteadOfHanging(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.JoinsDaemon", dir), Machine.MICROVM, Accel.TCG,
                List.of());

        assertBoot(result, 1, null);
        assertTrue(result.programOutputText().startsWith("joining\nException in thread \"main\""
                + " java.lang.InternalError: deadlock: thread \"main\" waits with no other thread to notify it"),
                result.programOutputText());
    }

    @Test
    void pageFault_panicsNamingTheMethod(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.PageFault", dir), Machine.MICROVM, Accel.TCG,
                List.of());

        assertBoot(result, DebugExit.PANIC_EXIT_CODE, null);
        String out = result.programOutputText();
        assertTrue(out.startsWith("reading unmapped memory\n"), out);
        assertTrue(out.contains("PANIC: CPU exception 14 (#PF page fault)"), out);
        assertTrue(out.contains("in org.torito.test.programs.PageFault.read(J)J (PageFault.java:"), out);
        assertTrue(out.contains("at org.torito.test.programs.PageFault.main(PageFault.java:"), out);
    }

    @Test
    void divideByZero_uncaughtArithmeticExceptionExitsOne(@TempDir Path dir) throws IOException {
        BootResult result = boot(image("org.torito.test.programs.DivideByZero", dir), Machine.MICROVM, Accel.TCG,
                List.of());

        assertBoot(result, 1, null);
        String out = result.programOutputText();
        assertTrue(out.startsWith("dividing by zero\nException in thread \"main\" java.lang.ArithmeticException:"
                + " / by zero\n"), out);
        assertTrue(out.contains("\tat org.torito.test.programs.DivideByZero.divide(DivideByZero.java:"), out);
        assertTrue(out.contains("\tat org.torito.test.programs.DivideByZero.main(DivideByZero.java:"), out);
    }

    @Test
    void image_classWithoutMain_failsClearlyAndWritesNothing(@TempDir Path dir) {
        assertImageFails(dir, "org.torito.test.programs.NoMain",
                "class org.torito.test.programs.NoMain has no method public static void main(String[])");
    }

    @Test
    void image_missingClass_failsClearlyAndWritesNothing(@TempDir Path dir) {
        assertImageFails(dir, "org.example.DoesNotExist", "main class org.example.DoesNotExist is not on the class path");
    }

    @Test
    void image_unsupportedBytecode_namesMethodBytecodeOffsetAndChain(@TempDir Path dir) throws IOException {
        // javac 17 only emits invokedynamic that the image desugars: write one with a bootstrap of our own
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(classes.resolve("gen"));
        Files.write(classes.resolve("gen/CustomIndy.class"), customInvokedynamic());
        String cp = classes + File.pathSeparator + testClasses();
        assertImageFails(dir, cp, "gen.CustomIndy", "gen.CustomIndy.answer()I: bytecode invokedynamic at offset 0"
                + " is not supported: its bootstrap method gen.CustomIndy.bootstrap is not one the image desugars");
        assertImageFails(dir, cp, "gen.CustomIndy",
                "reached by gen.CustomIndy.answer()I <- gen.CustomIndy.main([Ljava/lang/String;)V");
    }

    /** Class gen.CustomIndy: main calls answer(), whose first instruction is an invokedynamic. */
    private static byte[] customInvokedynamic() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/CustomIndy", null,
                "java/lang/Object", null);
        MethodVisitor main = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
                "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitMethodInsn(Opcodes.INVOKESTATIC, "gen/CustomIndy", "answer", "()I", false);
        main.visitInsn(Opcodes.POP);
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        MethodVisitor answer = cw.visitMethod(Opcodes.ACC_STATIC, "answer", "()I", null, null);
        answer.visitCode();
        answer.visitInvokeDynamicInsn("answer", "()I", new Handle(
                Opcodes.H_INVOKESTATIC, "gen/CustomIndy", "bootstrap",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false));
        answer.visitInsn(Opcodes.IRETURN);
        answer.visitMaxs(0, 0);
        answer.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void image_signaturePolymorphicCall_namesTheCallAndChain(@TempDir Path dir) {
        assertImageFails(dir, "org.torito.test.programs.UsesMethodHandle", "signature-polymorphic call"
                + " java.lang.invoke.MethodHandle.invokeExact(I)I is not supported yet");
        assertImageFails(dir, "org.torito.test.programs.UsesMethodHandle", "reached by org.torito.test.programs"
                + ".UsesMethodHandle.twice(Ljava/lang/invoke/MethodHandle;)I"
                + " <- org.torito.test.programs.UsesMethodHandle.main([Ljava/lang/String;)V");
    }

    @Test
    void image_nativeWithoutSubstitution_namesTheMethod(@TempDir Path dir) {
        assertImageFails(dir, "org.torito.test.programs.UsesNative",
                "org.torito.test.programs.UsesNative.answer()I: bytecode (none) at offset 0 is not supported:"
                + " a native method has no bytecode to compile; a native method needs a substitution");
    }

    private static void assertImageFails(Path dir, String mainClass, String message) {
        assertImageFails(dir, testClasses(), mainClass, message);
    }

    private static void assertImageFails(Path dir, String classPath, String mainClass, String message) {
        Path out = dir.resolve("x.elf");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);

        int status = ImageCommand.run(new String[] {"--cp", classPath, "--main", mainClass, "--out",
            out.toString()}, print, print);

        assertEquals(1, status);
        assertTrue(messages.toString(StandardCharsets.UTF_8).contains(message), messages.toString());
        assertFalse(Files.exists(out), "no image may be written on an error");
        assertFalse(Files.exists(dir.resolve("x.img")), "no disk image may be written on an error");
    }
}
