package org.torito.bootimage.launch;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two kinds of boot image the image writer produces (ARCHITECTURE.md §3.7), told apart by file name:
 * they reach QEMU through different options ({@link QemuCommandLine}).
 */
public enum ImageKind {
    /** {@code <app>.elf}: an ELF64 with a PVH entry note, loaded by QEMU itself with {@code -kernel}. */
    ELF(".elf", Machine.MICROVM),
    /** {@code <app>.img}: a raw disk with our MBR and loader, booted by SeaBIOS from the first hard disk. */
    DISK(".img", Machine.PC);

    private final String extension;
    private final Machine defaultMachine;

    ImageKind(String extension, Machine defaultMachine) {
        this.extension = extension;
        this.defaultMachine = defaultMachine;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    /**
     * The machine used when none is chosen: microvm for ELF images, the fastest to boot; pc for disks,
     * since microvm has no disk controller that SeaBIOS boots from.
     */
    public Machine defaultMachine() {
        return defaultMachine;
    }

    /** The kind of {@code image} by its extension (case-insensitive). */
    public static ImageKind of(Path image) {
        Path fileName = image.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        for (ImageKind kind : values()) {
            if (name.endsWith(kind.extension)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + image + "' is not a boot image: expected a .elf (PVH kernel)"
                + " or a .img (BIOS disk) file, as the image writer names them");
    }
}
