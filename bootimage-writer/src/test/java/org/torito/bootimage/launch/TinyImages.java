package org.torito.bootimage.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;

/**
 * Hand-made boot images for the runner's tests: a few instructions from our assembler in the smallest PVH
 * ELF or BIOS disk that QEMU boots. Private to these tests; real images come from the image writer
 * ({@code org.torito.bootimage.elf}).
 *
 * <p>The images are written under {@code target/test-images/launch/}, so they can also be booted by hand:
 * {@code ./torito boot bootimage-writer/target/test-images/launch/hello.elf --verbose}.
 */
final class TinyImages {
    /** Where the PVH code is loaded and entered: 1 MiB, above the BIOS area, as Linux does. */
    static final int PVH_LOAD_ADDRESS = 0x10_0000;
    /** Where the BIOS loads and enters the boot sector (real mode). */
    static final int BOOT_SECTOR_ADDRESS = 0x7C00;
    /** Where the tests write their images. */
    static final Path DIRECTORY = Path.of("target", "test-images", "launch");

    /** "Xen" note type XEN_ELFNOTE_PHYS32_ENTRY: the 32-bit PVH entry point (xen/include/public/elfnote.h). */
    private static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;
    private static final int ELF_HEADER_BYTES = 64;
    private static final int PROGRAM_HEADER_BYTES = 56;
    /** File offset of the code: page-aligned, so that offset and address agree modulo p_align. */
    private static final int CODE_FILE_OFFSET = 0x1000;
    /**
     * Offset of hvm_start_info.cmdline_paddr (a u64) in the structure EBX points to at PVH entry: after
     * magic, version, flags and nr_modules (4 bytes each) and modlist_paddr (8 bytes).
     */
    private static final int START_INFO_CMDLINE_PADDR = 4 * 4 + 8;

    private TinyImages() {
    }

    // ------------------------------------------------------------------------------------------------
    // Programs
    // ------------------------------------------------------------------------------------------------

    /** 32-bit code that writes {@code text} to COM1 byte by byte, then exits with {@code exitCode}. */
    static byte[] printAndExit32(String text, int exitCode) {
        Assembler a = new Assembler(Mode.BITS32, PVH_LOAD_ADDRESS);
        print(a, text);
        exit(a, exitCode);
        return a.finish().bytes();
    }

    /** 32-bit code that writes the PVH command line (hvm_start_info.cmdline_paddr) and a newline, exit 0. */
    static byte[] printCommandLine32() {
        Assembler a = new Assembler(Mode.BITS32, PVH_LOAD_ADDRESS);
        Label loop = new Label("loop");
        Label done = new Label("done");
        a.mov(Gpr.ESI, Mem.dword(Gpr.EBX, START_INFO_CMDLINE_PADDR));
        a.mov(Gpr.DX, GuestProtocol.CONSOLE_PORT);
        a.bind(loop);
        a.mov(Gpr.AL, Mem.byte_(Gpr.ESI, 0));
        a.test(Gpr.AL, Gpr.AL);
        a.jcc(Cond.E, done);
        a.out(Gpr.DX, Gpr.AL);
        a.inc(Gpr.ESI);
        a.jmp(loop);
        a.bind(done);
        print(a, "\n");
        exit(a, 0);
        return a.finish().bytes();
    }

    /** 32-bit code that jumps to itself for ever. */
    static byte[] loopForever32() {
        Assembler a = new Assembler(Mode.BITS32, PVH_LOAD_ADDRESS);
        Label self = new Label("self");
        a.bind(self);
        a.jmp(self);
        return a.finish().bytes();
    }

    /** 32-bit code that writes "A", loads an empty IDT and traps: #GP, #DF, then a triple fault. */
    static byte[] tripleFault32() {
        Assembler a = new Assembler(Mode.BITS32, PVH_LOAD_ADDRESS);
        print(a, "A");
        a.mov(Gpr.ESP, 0x8000); // PVH leaves ESP undefined; low memory is RAM on every machine
        a.push(0);
        a.push(0);
        a.lidt(Mem.of(0, Gpr.ESP, 0)); // limit 0, base 0: no gate is present
        a.int3();
        return a.finish().bytes();
    }

    /** 16-bit boot-sector code that writes {@code text} to COM1, then exits with {@code exitCode}. */
    static byte[] printAndExit16(String text, int exitCode) {
        Assembler a = new Assembler(Mode.BITS16, BOOT_SECTOR_ADDRESS);
        print(a, text);
        exit(a, exitCode);
        return a.finish().bytes();
    }

    private static void print(Assembler a, String text) {
        a.mov(Gpr.DX, GuestProtocol.CONSOLE_PORT);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            a.mov(Gpr.AL, b & 0xFF);
            a.out(Gpr.DX, Gpr.AL);
        }
    }

    /** {@code out 0xf4, eax} with the exit code, then halt in case QEMU has no isa-debug-exit. */
    private static void exit(Assembler a, int exitCode) {
        Label halt = new Label("halt");
        a.mov(Gpr.DX, GuestProtocol.DEBUG_EXIT_PORT);
        a.mov(Gpr.EAX, exitCode);
        a.out(Gpr.DX, Gpr.EAX);
        a.bind(halt);
        a.hlt();
        a.jmp(halt);
    }

    // ------------------------------------------------------------------------------------------------
    // Containers
    // ------------------------------------------------------------------------------------------------

    /**
     * The smallest PVH kernel: an ELF64 ET_EXEC with one PT_LOAD of {@code code32} at
     * {@link #PVH_LOAD_ADDRESS} and one PT_NOTE holding the Xen PHYS32_ENTRY note that QEMU looks for.
     *
     * <pre>
     * 0x0000  ELF header (64 bytes)
     * 0x0040  program header 0: PT_LOAD  file 0x1000 -> 0x100000, R+X
     * 0x0078  program header 1: PT_NOTE  file 0x00b0
     * 0x00b0  note: namesz 4, descsz 4, type 18, "Xen\0", entry 0x100000
     * 0x1000  code
     * </pre>
     */
    static byte[] pvhElf(byte[] code32) {
        int programHeaders = ELF_HEADER_BYTES;
        int note = programHeaders + 2 * PROGRAM_HEADER_BYTES;
        int noteBytes = 3 * 4 + 4 + 4;
        ByteBuffer elf = ByteBuffer.allocate(CODE_FILE_OFFSET + code32.length).order(ByteOrder.LITTLE_ENDIAN);

        elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* little-endian */, 1 /* version */});
        elf.position(16);
        elf.putShort((short) 2);                   // e_type ET_EXEC
        elf.putShort((short) 0x3E);                // e_machine EM_X86_64
        elf.putInt(1);                             // e_version
        elf.putLong(PVH_LOAD_ADDRESS);             // e_entry (the 64-bit entry; PVH uses the note)
        elf.putLong(programHeaders);               // e_phoff
        elf.putLong(0);                            // e_shoff: no sections
        elf.putInt(0);                             // e_flags
        elf.putShort((short) ELF_HEADER_BYTES);    // e_ehsize
        elf.putShort((short) PROGRAM_HEADER_BYTES); // e_phentsize
        elf.putShort((short) 2);                   // e_phnum
        elf.putShort((short) 64);                  // e_shentsize
        elf.putShort((short) 0);                   // e_shnum
        elf.putShort((short) 0);                   // e_shstrndx

        elf.putInt(1).putInt(5);                   // PT_LOAD, PF_R | PF_X
        elf.putLong(CODE_FILE_OFFSET).putLong(PVH_LOAD_ADDRESS).putLong(PVH_LOAD_ADDRESS); // offset, vaddr, paddr
        elf.putLong(code32.length).putLong(code32.length).putLong(0x1000); // filesz, memsz, align

        elf.putInt(4).putInt(4);                   // PT_NOTE, PF_R
        elf.putLong(note).putLong(0).putLong(0);
        elf.putLong(noteBytes).putLong(noteBytes).putLong(4);

        elf.putInt(4).putInt(4).putInt(XEN_ELFNOTE_PHYS32_ENTRY); // namesz, descsz, type
        elf.put(new byte[] {'X', 'e', 'n', 0});
        elf.putInt(PVH_LOAD_ADDRESS);

        elf.position(CODE_FILE_OFFSET);
        elf.put(code32);
        return elf.array();
    }

    /**
     * A raw disk whose boot sector runs {@code code16}, padded to {@link QemuBoot#Q35_MIN_DISK_BYTES} so that
     * SeaBIOS boots it on q35 as well as pc.
     */
    static byte[] biosDisk(byte[] code16) {
        if (code16.length > 510) {
            throw new IllegalArgumentException("boot sector code has " + code16.length + " bytes; 510 fit");
        }
        byte[] disk = new byte[(int) QemuBoot.Q35_MIN_DISK_BYTES];
        System.arraycopy(code16, 0, disk, 0, code16.length);
        disk[510] = 0x55; // boot signature
        disk[511] = (byte) 0xAA;
        return disk;
    }

    /** Writes {@code image} as {@link #DIRECTORY}/{@code name} and returns its path. */
    static Path write(String name, byte[] image) throws IOException {
        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve(name);
        Files.write(file, image);
        return file;
    }
}
