package org.torito.bootimage.launch;

import java.util.Locale;

/** The QEMU machine types Torito boots on (ARCHITECTURE.md §1), with their {@code -machine} names. */
public enum Machine {
    /**
     * Firecracker-style minimal machine: no PCI, no firmware beyond qboot, virtio-mmio devices; the fastest
     * boot. ELF images only.
     */
    MICROVM("microvm"),
    /** i440FX + PIIX: SeaBIOS, PCI, IDE. Boots both kinds of image. */
    PC("pc"),
    /** Q35 + ICH9: SeaBIOS, PCIe, AHCI. Boots both kinds of image. */
    Q35("q35");

    private final String qemuName;

    Machine(String qemuName) {
        this.qemuName = qemuName;
    }

    /** The value of QEMU's {@code -machine} option. */
    public String qemuName() {
        return qemuName;
    }

    /** The machine named {@code name} as QEMU spells it ({@code microvm}, {@code pc}, {@code q35}). */
    public static Machine of(String name) {
        for (Machine m : values()) {
            if (m.qemuName.equals(name.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown machine '" + name + "': use microvm, pc or q35");
    }
}
