/**
 * The BIOS boot path (ARCHITECTURE.md §3 step 7, §5 "Boot"): a raw disk image, {@code <app>.img}, with our
 * own MBR and loader, both generated with {@code org.torito.compiler.asm} in 16-bit mode, that brings a PC
 * from its BIOS to the same state as a PVH entry, so the trampoline and the kernel never see the difference.
 *
 * <p>{@link org.torito.bootimage.bios.DiskImageWriter} is the API. Inside: {@code DiskLayout} (the disk and
 * sector 0), {@code LoaderHeader} (what the writer tells the loader), {@code LowMemory} (the map below 1 MiB),
 * {@code MasterBootRecord} and {@code Loader} (the code), {@code FatalMessage} (how both give up) and
 * {@code FarJump} (a far jump to a label, which the assembler's {@code jmpFar} does not take yet).
 *
 * <p>Implements: the IBM PC boot-sector convention (load to 0000:7C00, signature 0x55AA at offset 510); the
 * MBR partition table; INT 13h extensions AH=41h/42h (T13 Enhanced Disk Drive Specification 3.0); INT 15h
 * EAX=E820h (ACPI 6.5 §15.1 "INT 15H, E820H - Query System Address Map") and AX=2401h; fast A20 through
 * System Control Port A (0x92); real/protected mode switching (Intel SDM Vol. 3A §9.9); and, as its output,
 * the x86/HVM direct boot ABI (Xen docs/misc/pvh.pandoc, {@code struct hvm_start_info} version 1 from
 * xen/include/public/arch-x86/hvm/start_info.h).
 *
 * <p>Host only: runs in the image writer and never becomes part of an image except as the bytes it writes.
 * Uses the JDK, the assembler ({@code compiler}) and the start-info offsets of
 * {@code org.torito.kernel.boot.PvhStartInfo}. Tests check the layout on the host and boot images under QEMU
 * (pc and q35, SeaBIOS).
 */
package org.torito.bootimage.bios;
