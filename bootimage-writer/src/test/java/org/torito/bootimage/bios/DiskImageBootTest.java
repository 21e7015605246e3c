package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots images from {@link DiskImageWriter} under QEMU (TCG) on the two BIOS machines, pc (IDE) and q35
 * (AHCI), with {@link PvhCheckKernel} as the kernel: it checks the PVH entry state and the segments, prints the
 * command line and "ok", and exits with isa-debug-exit value 0, which QEMU turns into exit status
 * {@code (0 << 1) | 1 = 1}.
 *
 * <p>Before boot, QEMU's generic loader device fills the DATA segment's memory with 0xFF, so that the test
 * sees the loader zero the tail, and stop exactly at its end. The failure tests damage the header of a good
 * image and wait for the loader's message on COM1; the loader halts after it, so QEMU is killed then.
 */
@Tag("qemu")
class DiskImageBootTest {
    private static final String COMMAND_LINE = "console=ttyS0 torito.test=bios \"quoted\" x=1";
    private static final int EXIT_STATUS_OK = (PvhCheckKernel.EXIT_OK << 1) | 1;

    @TempDir
    static Path dir;
    private static byte[] image;
    private static Path imageFile;
    private static Path garbageFile;

    @BeforeAll
    static void writeImage() throws IOException {
        Qemu.require();
        image = DiskImageWriter.write(PvhCheckKernel.segments(), PvhCheckKernel.ORIGIN, COMMAND_LINE);
        imageFile = Files.write(dir.resolve("pvh-check.img"), image);
        garbageFile = Files.write(dir.resolve("garbage.bin"), PvhCheckKernel.garbage());
    }

    @Test
    void boot_pc_kernelSeesPvhEntryStateAndSegments() throws Exception {
        Qemu.Result result = bootToExit("pc", imageFile);

        assertEquals(EXIT_STATUS_OK, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("cmdline: " + COMMAND_LINE + "\nok\n"), result.describe());
    }

    @Test
    void boot_q35_kernelSeesPvhEntryStateAndSegments() throws Exception {
        Qemu.Result result = bootToExit("q35", imageFile);

        assertEquals(EXIT_STATUS_OK, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("cmdline: " + COMMAND_LINE + "\nok\n"), result.describe());
    }

    @Test
    void boot_emptyCommandLine_kernelSeesNoCommandLine() throws Exception {
        Path file = Files.write(dir.resolve("no-cmdline.img"),
                DiskImageWriter.write(PvhCheckKernel.segments(), PvhCheckKernel.ORIGIN, ""));

        Qemu.Result result = bootToExit("pc", file);

        assertEquals(EXIT_STATUS_OK, result.exitCode(), result.describe());
        assertTrue(result.stdout().endsWith("cmdline: (none)\nok\n"), result.describe());
    }

    @Test
    void boot_segmentBeyondEndOfDisk_printsDiskReadErrorAndHalts() throws Exception {
        byte[] damaged = image.clone();
        headerField(damaged, LoaderHeader.SEGMENTS + LoaderHeader.SEGMENT_FIRST_SECTOR, 0x7FFF_0000);
        Path file = Files.write(dir.resolve("read-error.img"), damaged);

        Qemu.Result result = Qemu.runUntilOutput(dir, Qemu.command("pc", file), "torito: disk read error\r\n");

        assertEquals(-1, result.exitCode(), "the loader halts rather than exits\n" + result.describe());
    }

    @Test
    void boot_badHeaderMagic_printsBadLoaderHeaderAndHalts() throws Exception {
        byte[] damaged = image.clone();
        headerField(damaged, LoaderHeader.MAGIC, 0);
        Path file = Files.write(dir.resolve("bad-header.img"), damaged);

        Qemu.Result result = Qemu.runUntilOutput(dir, Qemu.command("q35", file), "torito: bad loader header\r\n");

        assertEquals(-1, result.exitCode(), "the loader halts rather than exits\n" + result.describe());
    }

    private static Qemu.Result bootToExit(String machine, Path file) throws IOException, InterruptedException {
        Qemu.Result result = Qemu.run(dir, Qemu.command(machine, file,
                "-device", "loader,file=" + garbageFile + ",addr=0x" + Long.toHexString(PvhCheckKernel.DATA_ADDRESS)
                        + ",force-raw=on"));
        System.out.println("DiskImageBootTest: " + machine + " booted " + file.getFileName() + " and exited in "
                + result.elapsed().toMillis() + " ms");
        return result;
    }

    private static void headerField(byte[] image, int offset, int value) {
        int header = (DiskLayout.LOADER_LBA + Loader.SECTORS) * DiskLayout.SECTOR_BYTES;
        ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(header + offset, value);
    }
}
