package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults and validation of {@link BootOptions}, {@link ImageKind}, {@link Machine} and {@link Accel}. */
class BootOptionsTest {
    private static final Path ELF = Path.of("app.elf");
    private static final Path DISK = Path.of("app.img");

    @Test
    void forImage_elf_defaultsToMicrovmOneCpu128MibAuto60s() {
        BootOptions options = BootOptions.forImage(ELF);

        assertEquals(ImageKind.ELF, options.kind());
        assertEquals(Machine.MICROVM, options.machine());
        assertEquals(1, options.smp());
        assertEquals(128, options.memoryMib());
        assertEquals(Accel.AUTO, options.accel());
        assertEquals(Duration.ofSeconds(60), options.timeout());
        assertFalse(options.verbose());
        assertEquals(List.of(), options.programArgs());
    }

    @Test
    void forImage_disk_defaultsToPc() {
        assertEquals(Machine.PC, BootOptions.forImage(DISK).machine());
    }

    @Test
    void forImage_upperCaseExtension_isRecognized() {
        assertEquals(ImageKind.ELF, BootOptions.forImage(Path.of("APP.ELF")).kind());
    }

    @Test
    void forImage_otherExtension_namesBothKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BootOptions.forImage(Path.of("app.bin")));

        assertEquals("'app.bin' is not a boot image: expected a .elf (PVH kernel) or a .img (BIOS disk) file,"
                + " as the image writer names them", e.getMessage());
    }

    @Test
    void withMachine_diskOnMicrovm_isRejectedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BootOptions.forImage(DISK).withMachine(Machine.MICROVM));

        assertTrue(e.getMessage().contains("use --machine pc or q35"), e.getMessage());
    }

    @Test
    void withProgramArgs_onDisk_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BootOptions.forImage(DISK).withProgramArgs(List.of("x")));

        assertTrue(e.getMessage().contains("only .elf images have"), e.getMessage());
    }

    @Test
    void withProgramArgs_wordWithNul_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BootOptions.forImage(ELF).withProgramArgs(List.of("a\0b")));

        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void withSmp_zero_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> BootOptions.forImage(ELF).withSmp(0));
    }

    @Test
    void withMemoryMib_zero_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> BootOptions.forImage(ELF).withMemoryMib(0));
    }

    @Test
    void withTimeout_zero_meansNoLimit() {
        BootOptions options = BootOptions.forImage(ELF).withTimeout(Duration.ZERO);

        assertFalse(options.hasTimeout());
    }

    @Test
    void withTimeout_negative_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> BootOptions.forImage(ELF).withTimeout(Duration.ofSeconds(-1)));
    }

    @Test
    void accelResolve_autoWithUsableKvm_isKvm() {
        assertEquals(Accel.KVM, Accel.AUTO.resolve(() -> true));
    }

    @Test
    void accelResolve_autoWithoutKvm_isTcg() {
        assertEquals(Accel.TCG, Accel.AUTO.resolve(() -> false));
    }

    @Test
    void accelResolve_explicitTcg_staysTcgEvenWithKvm() {
        assertEquals(Accel.TCG, Accel.TCG.resolve(() -> true));
    }

    @Test
    void machineOf_unknownName_listsTheMachines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Machine.of("virt"));

        assertEquals("unknown machine 'virt': use microvm, pc or q35", e.getMessage());
    }
}
