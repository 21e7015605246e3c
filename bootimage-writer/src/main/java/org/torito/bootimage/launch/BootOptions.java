package org.torito.bootimage.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to boot and how. Start from {@link #forImage(Path)}, which picks the defaults, and change fields with
 * the {@code with...} methods; every instance is valid, so {@link QemuCommandLine} never has to check.
 *
 * @param image the {@code .elf} or {@code .img} file to boot
 * @param machine the QEMU machine; {@link ImageKind#defaultMachine()} unless chosen
 * @param smp the number of vCPUs, at least 1
 * @param memoryMib guest RAM in MiB, at least 1
 * @param accel the accelerator; {@link Accel#AUTO} is resolved when QEMU starts
 * @param timeout how long the guest may run before QEMU is stopped; {@link Duration#ZERO} for no limit
 * @param verbose whether kernel log lines, QEMU's stderr and the runner's own notes are shown as they come
 * @param kernelArgs words for the guest's command line ({@code -append}); ELF images only, for now
 */
public record BootOptions(Path image, Machine machine, int smp, int memoryMib, Accel accel, Duration timeout,
        boolean verbose, List<String> kernelArgs) {

    /** One vCPU: the smallest guest; SMP tests ask for more. */
    public static final int DEFAULT_SMP = 1;
    /** 128 MiB: room for the image, its heap and page tables, far below any host's limit. */
    public static final int DEFAULT_MEMORY_MIB = 128;
    /** 60 s: a hung test guest under TCG is stopped within a minute. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public BootOptions {
        ImageKind kind = ImageKind.of(image);
        if (smp < 1) {
            throw new IllegalArgumentException("--smp must be at least 1, got " + smp);
        }
        if (memoryMib < 1) {
            throw new IllegalArgumentException("--mem must be at least 1 MiB, got " + memoryMib);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must not be negative (0 means no limit), got "
                    + timeout.toSeconds() + " s");
        }
        kernelArgs = List.copyOf(kernelArgs);
        for (String word : kernelArgs) {
            if (word.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("kernel argument '" + word.replace('\0', '?')
                        + "' contains a NUL byte, which would end the guest's command line: remove it");
            }
        }
        if (kind == ImageKind.DISK && machine == Machine.MICROVM) {
            throw new IllegalArgumentException("microvm cannot boot a disk image (" + image + "): it has no"
                    + " disk controller SeaBIOS boots from; use --machine pc or q35, or boot the .elf");
        }
        if (kind == ImageKind.DISK && !kernelArgs.isEmpty()) {
            throw new IllegalArgumentException("arguments " + kernelArgs + " cannot reach a disk image ("
                    + image + "): they travel with -append, which only .elf images have; boot the .elf");
        }
    }

    /** Options for {@code image} with every default: its kind's machine, 1 vCPU, 128 MiB, AUTO, 60 s. */
    public static BootOptions forImage(Path image) {
        return new BootOptions(image, ImageKind.of(image).defaultMachine(), DEFAULT_SMP, DEFAULT_MEMORY_MIB,
                Accel.AUTO, DEFAULT_TIMEOUT, false, List.of());
    }

    /** ELF or disk, by the image's file name. */
    public ImageKind kind() {
        return ImageKind.of(image);
    }

    /** Whether the guest may run for ever ({@code --timeout 0}): servers under {@code ./torito run}. */
    public boolean hasTimeout() {
        return !timeout.isZero();
    }

    public BootOptions withMachine(Machine newMachine) {
        return new BootOptions(image, newMachine, smp, memoryMib, accel, timeout, verbose, kernelArgs);
    }

    public BootOptions withSmp(int newSmp) {
        return new BootOptions(image, machine, newSmp, memoryMib, accel, timeout, verbose, kernelArgs);
    }

    public BootOptions withMemoryMib(int newMemoryMib) {
        return new BootOptions(image, machine, smp, newMemoryMib, accel, timeout, verbose, kernelArgs);
    }

    public BootOptions withAccel(Accel newAccel) {
        return new BootOptions(image, machine, smp, memoryMib, newAccel, timeout, verbose, kernelArgs);
    }

    public BootOptions withTimeout(Duration newTimeout) {
        return new BootOptions(image, machine, smp, memoryMib, accel, newTimeout, verbose, kernelArgs);
    }

    public BootOptions withVerbose(boolean newVerbose) {
        return new BootOptions(image, machine, smp, memoryMib, accel, timeout, newVerbose, kernelArgs);
    }

    public BootOptions withKernelArgs(List<String> newKernelArgs) {
        return new BootOptions(image, machine, smp, memoryMib, accel, timeout, verbose, newKernelArgs);
    }
}
