package org.torito.bootimage.launch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The accelerator QEMU runs the guest with. Tests pass on both (ARCHITECTURE.md §8), so the choice is only a
 * matter of speed, and {@link #AUTO} takes KVM whenever this user can use it.
 */
public enum Accel {
    /** KVM when {@code /dev/kvm} opens read-write, else TCG: what the user gets without asking. */
    AUTO("auto"),
    /** Hardware virtualization through {@code /dev/kvm}. */
    KVM("kvm"),
    /** QEMU's portable binary translator: slower, but works on every host. */
    TCG("tcg");

    /** The device KVM is used through; opening it read-write is exactly what QEMU will do. */
    public static final String KVM_DEVICE = "/dev/kvm";

    private final String qemuName;

    Accel(String qemuName) {
        this.qemuName = qemuName;
    }

    /** The value of QEMU's {@code -accel} option ({@code kvm} or {@code tcg}). */
    public String qemuName() {
        return qemuName;
    }

    /** KVM or TCG: {@link #AUTO} becomes KVM when {@code kvmUsable} says so, else TCG; the others stay. */
    public Accel resolve(BooleanSupplier kvmUsable) {
        if (this != AUTO) {
            return this;
        }
        return kvmUsable.getAsBoolean() ? KVM : TCG;
    }

    /** Present when the host's KVM is PVM (kvm_pvm), which cannot run Torito guests (see below). */
    public static final String PVM_MODULE = "/sys/module/kvm_pvm";

    /**
     * Whether {@link #KVM_DEVICE} opens read-write for this process and is a KVM that runs Torito. Existing
     * is not enough: the device is often there but reserved to the {@code kvm} group, and QEMU would then
     * fail at start. PVM ({@value #PVM_MODULE}), a KVM for guests inside containers, emulates the guest and
     * stops with "emulation failure" at the first SSE instruction, which every image's startup executes.
     */
    public static boolean kvmUsableOnThisHost() {
        if (new java.io.File(PVM_MODULE).exists()) {
            return false;
        }
        try {
            new RandomAccessFile(KVM_DEVICE, "rw").close();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The accelerator named {@code name}: {@code auto}, {@code kvm} or {@code tcg}. */
    public static Accel of(String name) {
        for (Accel a : values()) {
            if (a.qemuName.equals(name.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown accelerator '" + name + "': use kvm, tcg or auto");
    }
}
