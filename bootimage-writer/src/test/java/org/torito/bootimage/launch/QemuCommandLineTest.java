package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact QEMU command lines of {@link QemuCommandLine}. */
class QemuCommandLineTest {
    private static final Path ELF = Path.of("/images/hello.elf");
    private static final Path DISK = Path.of("/images/hello.img");
    private static final List<String> COMMON = List.of("-nodefaults", "-no-reboot", "-display", "none",
            "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04");

    private static List<String> expected(String machine, String accel, String cpu, List<String> image) {
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-machine", machine,
                "-accel", accel, "-cpu", cpu, "-smp", "1", "-m", "128"));
        command.addAll(COMMON);
        command.addAll(image);
        return command;
    }

    private static String valueAfter(List<String> command, String option) {
        return command.get(command.indexOf(option) + 1);
    }

    @Test
    void build_elfWithDefaultsUnderTcg_bootsWithKernelOnMicrovm() {
        BootOptions options = BootOptions.forImage(ELF);

        List<String> command = QemuCommandLine.build("qemu-system-x86_64", options, Accel.TCG);

        assertEquals(expected("microvm", "tcg", "max", List.of("-kernel", "/images/hello.elf")), command);
    }

    @Test
    void build_diskWithDefaultsUnderTcg_bootsRawIdeDiskOnPc() {
        BootOptions options = BootOptions.forImage(DISK);

        List<String> command = QemuCommandLine.build("qemu-system-x86_64", options, Accel.TCG);

        assertEquals(expected("pc", "tcg", "max",
                List.of("-drive", "file=/images/hello.img,format=raw,if=ide")), command);
    }

    @Test
    void build_diskOnQ35_usesQ35AndTheSameDrive() {
        BootOptions options = BootOptions.forImage(DISK).withMachine(Machine.Q35);

        List<String> command = QemuCommandLine.build("qemu-system-x86_64", options, Accel.TCG);

        assertEquals(expected("q35", "tcg", "max",
                List.of("-drive", "file=/images/hello.img,format=raw,if=ide")), command);
    }

    @Test
    void build_elfOnPc_stillUsesKernel() {
        BootOptions options = BootOptions.forImage(ELF).withMachine(Machine.PC);

        List<String> command = QemuCommandLine.build("qemu-system-x86_64", options, Accel.TCG);

        assertEquals("pc", valueAfter(command, "-machine"));
        assertEquals("/images/hello.elf", valueAfter(command, "-kernel"));
    }

    @Test
    void build_kvm_dropsArchCapabilitiesFromTheCpu() {
        List<String> command = QemuCommandLine.build("qemu-system-x86_64", BootOptions.forImage(ELF), Accel.KVM);

        assertEquals("kvm", valueAfter(command, "-accel"));
        assertEquals("max,-arch-capabilities", valueAfter(command, "-cpu"));
    }

    @Test
    void build_tcg_usesPlainMaxCpu() {
        List<String> command = QemuCommandLine.build("qemu-system-x86_64", BootOptions.forImage(ELF), Accel.TCG);

        assertEquals("tcg", valueAfter(command, "-accel"));
        assertEquals("max", valueAfter(command, "-cpu"));
    }

    @Test
    void build_autoAccel_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QemuCommandLine.build("qemu-system-x86_64", BootOptions.forImage(ELF), Accel.AUTO));

        assertTrue(e.getMessage().contains("resolve Accel.AUTO"), e.getMessage());
    }

    @Test
    void build_smpAndMemory_arePassed() {
        BootOptions options = BootOptions.forImage(ELF).withSmp(4).withMemoryMib(512);

        List<String> command = QemuCommandLine.build("qemu-system-x86_64", options, Accel.TCG);

        assertEquals("4", valueAfter(command, "-smp"));
        assertEquals("512", valueAfter(command, "-m"));
    }

    @Test
    void build_relativeImage_isMadeAbsolute() {
        BootOptions options = BootOptions.forImage(Path.of("hello.elf"));

        List<String> command = QemuCommandLine.build("qemu", options, Accel.TCG);

        assertEquals(Path.of("hello.elf").toAbsolutePath().toString(), valueAfter(command, "-kernel"));
    }

    @Test
    void build_diskPathWithComma_doublesTheComma() {
        BootOptions options = BootOptions.forImage(Path.of("/a,b/hello.img"));

        List<String> command = QemuCommandLine.build("qemu", options, Accel.TCG);

        assertEquals("file=/a,,b/hello.img,format=raw,if=ide", valueAfter(command, "-drive"));
    }

    @Test
    void build_elfWithoutArgsOrOptions_hasNoAppend() {
        List<String> command = QemuCommandLine.build("qemu", BootOptions.forImage(ELF), Accel.TCG);

        assertFalse(command.contains("-append"));
    }

    @Test
    void build_elfWithProgramArgs_appendsThemAfterTheSeparator() {
        BootOptions options = BootOptions.forImage(ELF).withProgramArgs(List.of("port=80", "hello world"));

        List<String> command = QemuCommandLine.build("qemu", options, Accel.TCG);

        assertEquals(List.of("-kernel", "/images/hello.elf", "-append", "-- port=80 \"hello world\""),
                command.subList(command.size() - 4, command.size()));
    }

    @Test
    void build_elfWithKernelOptionsOnly_appendsThemWithoutSeparator() {
        BootOptions options = BootOptions.forImage(ELF).withKernelOptions(List.of("heap=64m", "gc.verbose"));

        List<String> command = QemuCommandLine.build("qemu", options, Accel.TCG);

        assertEquals(List.of("-append", "heap=64m gc.verbose"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void appendValue_plainWords_areJoinedBySpaces() {
        assertEquals("a b=c --x", QemuCommandLine.appendValue(List.of("a", "b=c", "--x")));
    }

    @Test
    void appendValue_wordsWithBlanksQuotesOrBackslashes_areQuotedAndEscaped() {
        String value = QemuCommandLine.appendValue(List.of("two words", "say \"hi\"", "C:\\dir", "tab\there"));

        assertEquals("\"two words\" \"say \\\"hi\\\"\" \"C:\\\\dir\" \"tab\there\"", value);
    }

    @Test
    void appendValue_emptyWord_becomesEmptyQuotes() {
        assertEquals("a \"\" b", QemuCommandLine.appendValue(List.of("a", "", "b")));
    }

    @Test
    void appendValue_noWords_isEmpty() {
        assertEquals("", QemuCommandLine.appendValue(Collections.emptyList()));
    }

    @Test
    void toShellString_specialWords_areSingleQuoted() {
        String line = QemuCommandLine.toShellString(List.of("qemu", "-append", "a \"b\"", "it's"));

        assertEquals("qemu -append 'a \"b\"' 'it'\\''s'", line);
    }
}
