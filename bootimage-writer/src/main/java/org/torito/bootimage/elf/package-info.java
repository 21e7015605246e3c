/**
 * The ELF64 boot-image writer (ARCHITECTURE.md §3 step 7, §7): lays loadable segments, the PVH entry note and
 * a symbol table of Java method names into an executable that {@code qemu -kernel} boots on the pc and microvm
 * machines and that gdb, {@code readelf} and {@code objdump} read.
 *
 * <p>Implements the System V gABI ELF-64 object file format (chapters 4 and 5) with the AMD64 psABI's machine
 * number and page size, and the x86/HVM direct boot ABI (Xen {@code docs/misc/pvh.pandoc},
 * {@code XEN_ELFNOTE_PHYS32_ENTRY} from {@code public/elfnote.h}) as QEMU 7.2 reads it. DWARF line tables
 * come later and will be further sections here.
 *
 * <p>Host only: runs in the image writer, uses only the JDK, and is never part of an image. Tests check its
 * output with binutils ({@code readelf}, {@code objdump}) and by booting it under QEMU.
 */
package org.torito.bootimage.elf;
