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
 * @param programArgs the program's arguments ({@code main}'s), after {@code --} on the guest's command line
 *                    ({@code -append}); ELF images only, for now
 * @param kernelOptions kernel options ({@code heap=64m}, {@code gc.verbose}, {@code gc.verify}), before the
 *                      {@code --}; ELF images only
 */
public record BootOptions(Path image, Machine machine, int smp, int memoryMib, Accel accel, Duration timeout,
        boolean verbose, List<String> programArgs, List<String> kernelOptions) {

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
        programArgs = List.copyOf(programArgs);
        kernelOptions = List.copyOf(kernelOptions);
        for (String option : kernelOptions) {
            if (option.isEmpty() || option.equals("--") || !QemuCommandLine.appendValue(List.of(option)).equals(option)) {
                throw new IllegalArgumentException("kernel option '" + option + "' must be one plain word, not --");
            }
        }
        for (String word : programArgs) {
            if (word.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("kernel argument '" + word.replace('\0', '?')
                        + "' contains a NUL byte, which would end the guest's command line: remove it");
            }
        }
        if (kind == ImageKind.DISK && machine == Machine.MICROVM) {
            throw new IllegalArgumentException("microvm cannot boot a disk image (" + image + "): it has no"
                    + " disk controller SeaBIOS boots from; use --machine pc or q35, or boot the .elf");
        }
        if (kind == ImageKind.DISK && !(programArgs.isEmpty() && kernelOptions.isEmpty())) {
            throw new IllegalArgumentException("arguments " + programArgs + " cannot reach a disk image ("
                    + image + "): they travel with -append, which only .elf images have; boot the .elf");
        }
    }

    /** Options for {@code image} with every default: its kind's machine, 1 vCPU, 128 MiB, AUTO, 60 s. */
    public static BootOptions forImage(Path image) {
        return new BootOptions(image, ImageKind.of(image).defaultMachine(), DEFAULT_SMP, DEFAULT_MEMORY_MIB,
                Accel.AUTO, DEFAULT_TIMEOUT, false, List.of(), List.of());
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
        return new BootOptions(image, newMachine, smp, memoryMib, accel, timeout, verbose, programArgs, kernelOptions);
    }

    public BootOptions withSmp(int newSmp) {
        return new BootOptions(image, machine, newSmp, memoryMib, accel, timeout, verbose, programArgs, kernelOptions);
    }

    public BootOptions withMemoryMib(int newMemoryMib) {
        return new BootOptions(image, machine, smp, newMemoryMib, accel, timeout, verbose, programArgs, kernelOptions);
    }

    public BootOptions withAccel(Accel newAccel) {
        return new BootOptions(image, machine, smp, memoryMib, newAccel, timeout, verbose, programArgs, kernelOptions);
    }

    public BootOptions withTimeout(Duration newTimeout) {
        return new BootOptions(image, machine, smp, memoryMib, accel, newTimeout, verbose, programArgs, kernelOptions);
    }

    public BootOptions withVerbose(boolean newVerbose) {
        return new BootOptions(image, machine, smp, memoryMib, accel, timeout, newVerbose, programArgs, kernelOptions);
    }

    public BootOptions withProgramArgs(List<String> newProgramArgs) {
        return new BootOptions(image, machine, smp, memoryMib, accel, timeout, verbose, newProgramArgs, kernelOptions);
    }

    public BootOptions withKernelOptions(List<String> newKernelOptions) {
        return new BootOptions(image, machine, smp, memoryMib, accel, timeout, verbose, programArgs, newKernelOptions);
    }

    /**
     * The guest's command line as words: the kernel options, then {@code --} and the program's arguments
     * when there are any (the kernel takes the words before the first {@code --} as its own).
     */
    public List<String> commandLineWords() {
        List<String> words = new java.util.ArrayList<>(kernelOptions);
        if (!programArgs.isEmpty()) {
            words.add("--");
            words.addAll(programArgs);
        }
        return words;
    }
}
