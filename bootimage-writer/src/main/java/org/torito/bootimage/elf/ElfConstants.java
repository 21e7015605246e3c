package org.torito.bootimage.elf;

/**
 * The numbers of the ELF64 format that {@link ElfImageWriter} writes, each with where it is defined.
 *
 * <p>References: "gABI" is the System V ABI generic ELF specification, chapter 4 (Object Files) and chapter
 * 5 (Program Loading), as published in the ELF-64 Object File Format 1.5 (HP/Intel) and on
 * sco.com/developers/gabi; "psABI" is the System V AMD64 psABI (x86-64-abi), §4 (Object Files) and §5;
 * "elfnote.h" is Xen's {@code xen/include/public/elfnote.h}.
 */
final class ElfConstants {
    private ElfConstants() {
    }

    // ------------------------------------------------------------------------------------------------
    // ELF header (gABI "ELF Header", "ELF Identification")
    // ------------------------------------------------------------------------------------------------

    /** {@code e_ident[EI_MAG0..EI_MAG3]}: 0x7f 'E' 'L' 'F'. */
    static final byte[] ELFMAG = {0x7f, 'E', 'L', 'F'};
    /** {@code e_ident[EI_CLASS]}: 64-bit objects. */
    static final byte ELFCLASS64 = 2;
    /** {@code e_ident[EI_DATA]}: two's complement, little-endian (psABI §4.1: the only x86-64 encoding). */
    static final byte ELFDATA2LSB = 1;
    /** {@code e_ident[EI_VERSION]} and {@code e_version}: the current (and only) ELF version. */
    static final byte EV_CURRENT = 1;
    /** {@code e_ident[EI_OSABI]}: no extensions (ELFOSABI_NONE, also named ELFOSABI_SYSV). */
    static final byte ELFOSABI_NONE = 0;
    /** Size of {@code e_ident} (EI_NIDENT): magic, class, data, version, OS ABI, ABI version, padding. */
    static final int EI_NIDENT = 16;
    /** {@code e_type}: an executable file. */
    static final short ET_EXEC = 2;
    /** {@code e_machine}: AMD x86-64 (psABI §4.1.1). */
    static final short EM_X86_64 = 62;

    /** {@code sizeof(Elf64_Ehdr)}: e_ident, then 2+2+4+8+8+8+4+2+2+2+2+2+2 bytes. */
    static final int EHDR_SIZE = 64;
    /** {@code sizeof(Elf64_Phdr)}: p_type, p_flags (4 each), six 8-byte fields. */
    static final int PHDR_SIZE = 56;
    /** {@code sizeof(Elf64_Shdr)}: name, type (4 each), flags, addr, offset, size (8 each), link, info (4 each), addralign, entsize (8 each). */
    static final int SHDR_SIZE = 64;
    /** {@code sizeof(Elf64_Sym)}: st_name (4), st_info, st_other (1 each), st_shndx (2), st_value, st_size (8 each). */
    static final int SYM_SIZE = 24;
    /** {@code sizeof(Elf64_Nhdr)}: n_namesz, n_descsz, n_type, 4 bytes each (gABI "Note Section"). */
    static final int NHDR_SIZE = 12;

    // ------------------------------------------------------------------------------------------------
    // Program headers (gABI chapter 5, "Program Header")
    // ------------------------------------------------------------------------------------------------

    /** {@code p_type}: a loadable segment, {@code p_filesz} bytes from the file and zeros up to {@code p_memsz}. */
    static final int PT_LOAD = 1;
    /** {@code p_type}: auxiliary information, here the PVH entry note. */
    static final int PT_NOTE = 4;
    /** {@code p_flags}: execute. */
    static final int PF_X = 1;
    /** {@code p_flags}: write. */
    static final int PF_W = 2;
    /** {@code p_flags}: read. */
    static final int PF_R = 4;
    /**
     * {@code p_align} of the loadable segments: the x86-64 base page size (psABI §5.1 "Program Loading"). The
     * gABI ("Program Header", {@code p_align}) requires {@code p_offset} and {@code p_vaddr} congruent modulo
     * it. QEMU's loader copies from any offset; tools that map the file expect it.
     */
    static final int LOG_BYTES_IN_PAGE = 12;
    static final int BYTES_IN_PAGE = 1 << LOG_BYTES_IN_PAGE;
    /**
     * {@code p_align} of the note segment and {@code sh_addralign} of the note section: notes are 4-byte
     * aligned words (gABI "Note Section"). QEMU 7.2 ({@code get_elf_note_type} in include/hw/elf_ops.h and
     * {@code read_pvh_start_addr}) pads n_namesz up to the PT_NOTE's {@code p_align} to find the desc: with 8
     * it reads the entry four bytes late, finds the zero upper half and stops with "Error loading uncompressed
     * kernel without PVH ELF Note" (tried).
     */
    static final int NOTE_ALIGN = 4;

    // ------------------------------------------------------------------------------------------------
    // Sections (gABI chapter 4, "Sections")
    // ------------------------------------------------------------------------------------------------

    /** Section index 0: the reserved null section; also "undefined" in {@code st_shndx}. */
    static final short SHN_UNDEF = 0;
    /** {@code st_shndx} of an absolute symbol, one not in any section. */
    static final short SHN_ABS = (short) 0xfff1;
    /** {@code sh_type}: the null section header. */
    static final int SHT_NULL = 0;
    /** {@code sh_type}: bytes defined by the program (code, data). */
    static final int SHT_PROGBITS = 1;
    /** {@code sh_type}: a symbol table. */
    static final int SHT_SYMTAB = 2;
    /** {@code sh_type}: a string table. */
    static final int SHT_STRTAB = 3;
    /** {@code sh_type}: notes. */
    static final int SHT_NOTE = 7;
    /** {@code sh_type}: occupies memory but no file bytes (.bss). */
    static final int SHT_NOBITS = 8;
    /** {@code sh_flags}: writable at run time. */
    static final long SHF_WRITE = 1;
    /** {@code sh_flags}: occupies memory at run time. */
    static final long SHF_ALLOC = 2;
    /** {@code sh_flags}: machine instructions. */
    static final long SHF_EXECINSTR = 4;

    // ------------------------------------------------------------------------------------------------
    // Symbols (gABI chapter 4, "Symbol Table")
    // ------------------------------------------------------------------------------------------------

    /** Symbol binding (high nibble of {@code st_info}): visible to every object file. */
    static final int STB_GLOBAL = 1;
    /** Symbol type (low nibble of {@code st_info}): a data object. */
    static final int STT_OBJECT = 1;
    /** Symbol type: a function or other executable code. */
    static final int STT_FUNC = 2;
    /** {@code st_other}: default visibility. */
    static final byte STV_DEFAULT = 0;

    // ------------------------------------------------------------------------------------------------
    // The PVH note (Xen elfnote.h, docs/misc/pvh.pandoc)
    // ------------------------------------------------------------------------------------------------

    /** Owner of Xen's notes, NUL-terminated; {@code n_namesz} counts the NUL (gABI "Note Section"). */
    static final byte[] XEN_NOTE_NAME = {'X', 'e', 'n', 0};
    /** elfnote.h: "Physical entry point into the kernel", entered in 32-bit protected mode, paging off. */
    static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;
    /**
     * {@code n_descsz} of the PVH note: 8. elfnote.h lets numeric descs be 4 or 8 bytes. QEMU 7.2
     * ({@code read_pvh_start_addr} in hw/i386/x86.c) dereferences a {@code size_t *} at an ELF64 file's desc,
     * so it reads 8 bytes whatever {@code n_descsz} says; Ard Biesheuvel's 2024 patch "hw/x86: Always treat the
     * PVH entrypoint as a 32-bit LE field" makes later QEMU read 4. An 8-byte little-endian desc with a zero
     * upper half is exact for both, and for Xen's libelf (it is what Linux writes); with a 4-byte desc QEMU 7.2
     * would take the upper half from whatever file bytes follow the note.
     */
    static final int PVH_DESC_SIZE = 8;

    /** First address the PVH entry cannot reach: it runs in 32-bit protected mode with paging off. */
    static final long LIMIT_32_BIT = 1L << 32;
}
