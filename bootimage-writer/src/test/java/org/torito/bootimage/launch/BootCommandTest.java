package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.BootCommand.UsageException;

/** Argument parsing and exit codes of {@code ./torito boot} ({@link BootCommand}). */
class BootCommandTest {
    @TempDir
    Path dir;
    private String elf;
    private String img;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void writeImages() throws IOException {
        elf = Files.write(dir.resolve("app.elf"), new byte[1]).toString();
        img = Files.write(dir.resolve("app.img"), new byte[512]).toString();
    }

    private int run(String... args) {
        return BootCommand.run(List.of(args), stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private String usageErrorOf(String... args) {
        UsageException e = assertThrows(UsageException.class, () -> BootCommand.parse(List.of(args)));
        return e.getMessage();
    }

    @Test
    void parse_imageOnly_givesTheDefaults() throws UsageException {
        BootOptions options = BootCommand.parse(List.of(elf));

        assertEquals(BootOptions.forImage(Path.of(elf)), options);
    }

    @Test
    void parse_everyOption_isApplied() throws UsageException {
        BootOptions options = BootCommand.parse(List.of("--machine", "q35", "--smp", "2", "--mem", "256",
                "--accel", "tcg", "--timeout", "5", "--verbose", "--heap", "64M", "--verbose-gc", "--verify-heap", elf,
                "--", "a", "--not-an-option"));

        assertEquals(new BootOptions(Path.of(elf), Machine.Q35, 2, 256, Accel.TCG, Duration.ofSeconds(5), true,
                List.of("a", "--not-an-option"), List.of("heap=64m", "gc.verbose", "gc.verify")), options);
        assertEquals(List.of("heap=64m", "gc.verbose", "gc.verify", "--", "a", "--not-an-option"),
                options.commandLineWords());
    }

    @Test
    void parse_badHeapSize_isRejectedNamingTheValue() {
        UsageException e = assertThrows(UsageException.class,
                () -> BootCommand.parse(List.of(elf, "--heap", "lots")));

        assertTrue(e.getMessage().contains("'lots'"), e.getMessage());
    }

    @Test
    void parse_optionsWithEquals_areAccepted() throws UsageException {
        BootOptions options = BootCommand.parse(List.of(img, "--machine=q35", "--timeout=0"));

        assertEquals(Machine.Q35, options.machine());
        assertEquals(Duration.ZERO, options.timeout());
    }

    @Test
    void parse_help_isNull() throws UsageException {
        assertNull(BootCommand.parse(List.of(elf, "--help")));
    }

    @Test
    void parse_noImage_asksWhichImage() {
        assertTrue(usageErrorOf("--smp", "2").startsWith("which image? ./torito boot <file.elf|file.img>"));
    }

    @Test
    void parse_missingFile_namesIt() {
        assertEquals("no such image file 'nowhere.elf' (build it with mvn package)", usageErrorOf("nowhere.elf"));
    }

    @Test
    void parse_unknownOption_namesIt() {
        assertEquals("unknown option '--cpus'", usageErrorOf(elf, "--cpus", "2"));
    }

    @Test
    void parse_nonNumericSmp_saysWhatIsExpected() {
        assertEquals("--smp needs a whole number of vCPUs >= 1, got 'two'", usageErrorOf(elf, "--smp", "two"));
    }

    @Test
    void parse_negativeTimeout_saysWhatIsExpected() {
        assertEquals("--timeout needs a whole number of seconds (0 = no limit) >= 0, got '-1'",
                usageErrorOf(elf, "--timeout", "-1"));
    }

    @Test
    void parse_optionWithoutValue_saysSo() {
        assertEquals("--mem needs a value", usageErrorOf(elf, "--mem"));
    }

    @Test
    void parse_unknownMachine_listsTheMachines() {
        assertEquals("--machine: unknown machine 'virt': use microvm, pc or q35",
                usageErrorOf(elf, "--machine", "virt"));
    }

    @Test
    void parse_twoImages_isRejected() {
        assertTrue(usageErrorOf(elf, img).startsWith("one image at a time"));
    }

    @Test
    void parse_diskOnMicrovm_isRejectedWithTheFix() {
        assertTrue(usageErrorOf(img, "--machine", "microvm").contains("use --machine pc or q35"));
    }

    @Test
    void run_badUsage_printsOneLineAndExits2() {
        int code = run(elf, "--bogus");

        assertEquals(2, code);
        assertEquals("torito boot: unknown option '--bogus' (see ./torito help)\n", stderrText());
        assertEquals(0, stdout.size());
    }

    @Test
    void run_help_printsUsageOnStdoutAndExits0() {
        int code = run("--help");

        assertEquals(0, code);
        assertEquals(BootCommand.USAGE + "\n", stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Tag("qemu")
    void run_helloElfUnderTcg_printsProgramOutputAndExitsWithTheGuestsCode() throws IOException {
        Path hello = TinyImages.write("hello.elf",
                TinyImages.pvhElf(TinyImages.printAndExit32("\u001eklog\nhi\n", 5)));

        int code = run(hello.toString(), "--accel", "tcg", "--timeout", "30");

        assertEquals(5, code, stderrText());
        assertEquals("hi\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("", stderrText());
    }
}
