package org.torito.bootimage.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.elf.ElfImageWriter.Segment;
import org.torito.bootimage.elf.ElfImageWriter.Symbol;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mode;

/**
 * Boots an image from {@link ElfImageWriter} under QEMU through the PVH note, on both machines Torito targets.
 *
 * <p>The guest is a few 32-bit instructions at the PVH entry (protected mode, paging off): write {@code 'T'} to
 * COM1's data register (port 0x3f8), then write 3 to QEMU's isa-debug-exit port, which ends QEMU with exit
 * status {@code (3 << 1) | 1 = 7}; a {@code hlt} loop follows in case the write does not exit. No stack, no
 * UART setup: QEMU's 16550 transmits without configuration.
 */
@Tag("qemu")
class ElfBootTest {
    private static final long ORIGIN = 0x100000;
    private static final int COM1 = 0x3f8;
    private static final int DEBUG_EXIT_PORT = 0xf4;
    private static final int EXIT_VALUE = 3;
    /** isa-debug-exit exits QEMU with {@code (value << 1) | 1} (hw/misc/debugexit.c). */
    private static final int EXPECTED_STATUS = (EXIT_VALUE << 1) | 1;
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static Path image;

    @BeforeAll
    static void writeImage() throws IOException {
        HostTool.require("qemu-system-x86_64", "qemu-system-x86");
        Assembler a = new Assembler(Mode.BITS32, ORIGIN);
        Label halt = new Label("halt");
        a.mov(Gpr.DX, COM1);
        a.mov(Gpr.AL, 'T');
        a.out(Gpr.DX, Gpr.AL);
        a.mov(Gpr.DX, DEBUG_EXIT_PORT);
        a.mov(Gpr.EAX, EXIT_VALUE);
        a.out(Gpr.DX, Gpr.EAX);
        a.bind(halt);
        a.hlt();
        a.jmp(halt);
        MachineCode code = a.finish();
        image = dir.resolve("boot-t.elf");
        Files.write(image, ElfImageWriter.write(
                List.of(new Segment(".text", ORIGIN, code.bytes(), code.size(), false, true)), ORIGIN,
                List.of(new Symbol("pvh_start32", ORIGIN, code.size(), true))));
    }

    @Test
    void boot_microvm_printsTAndExitsThroughDebugExit() throws Exception {
        HostTool.Result result = boot("microvm");

        assertEquals(EXPECTED_STATUS, result.exitCode(), result.describe());
        assertEquals("T", result.stdout(), result.describe()); // qboot prints nothing
    }

    @Test
    void boot_pc_printsTAndExitsThroughDebugExit() throws Exception {
        HostTool.Result result = boot("pc");

        assertEquals(EXPECTED_STATUS, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("T"), result.describe()); // after SeaBIOS's banner
    }

    private static HostTool.Result boot(String machine) throws IOException, InterruptedException {
        HostTool.Result result = HostTool.run(dir, BOOT_TIMEOUT, List.of("qemu-system-x86_64",
                "-M", machine, "-accel", "tcg", "-m", "64", "-nodefaults", "-no-reboot", "-nographic",
                "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel", image.toString()));
        System.out.println("ElfBootTest: " + machine + " booted and exited in " + result.elapsed().toMillis() + " ms");
        return result;
    }
}
