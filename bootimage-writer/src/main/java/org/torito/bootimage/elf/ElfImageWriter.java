package org.torito.bootimage.elf;

import static org.torito.bootimage.elf.ElfConstants.BYTES_IN_PAGE;
import static org.torito.bootimage.elf.ElfConstants.EHDR_SIZE;
import static org.torito.bootimage.elf.ElfConstants.EI_NIDENT;
import static org.torito.bootimage.elf.ElfConstants.ELFCLASS64;
import static org.torito.bootimage.elf.ElfConstants.ELFDATA2LSB;
import static org.torito.bootimage.elf.ElfConstants.ELFMAG;
import static org.torito.bootimage.elf.ElfConstants.ELFOSABI_NONE;
import static org.torito.bootimage.elf.ElfConstants.EM_X86_64;
import static org.torito.bootimage.elf.ElfConstants.ET_EXEC;
import static org.torito.bootimage.elf.ElfConstants.EV_CURRENT;
import static org.torito.bootimage.elf.ElfConstants.LIMIT_32_BIT;
import static org.torito.bootimage.elf.ElfConstants.NHDR_SIZE;
import static org.torito.bootimage.elf.ElfConstants.NOTE_ALIGN;
import static org.torito.bootimage.elf.ElfConstants.PF_R;
import static org.torito.bootimage.elf.ElfConstants.PF_W;
import static org.torito.bootimage.elf.ElfConstants.PF_X;
import static org.torito.bootimage.elf.ElfConstants.PHDR_SIZE;
import static org.torito.bootimage.elf.ElfConstants.PT_LOAD;
import static org.torito.bootimage.elf.ElfConstants.PT_NOTE;
import static org.torito.bootimage.elf.ElfConstants.PVH_DESC_SIZE;
import static org.torito.bootimage.elf.ElfConstants.SHDR_SIZE;
import static org.torito.bootimage.elf.ElfConstants.SHF_ALLOC;
import static org.torito.bootimage.elf.ElfConstants.SHF_EXECINSTR;
import static org.torito.bootimage.elf.ElfConstants.SHF_WRITE;
import static org.torito.bootimage.elf.ElfConstants.SHN_ABS;
import static org.torito.bootimage.elf.ElfConstants.SHT_NOBITS;
import static org.torito.bootimage.elf.ElfConstants.SHT_NOTE;
import static org.torito.bootimage.elf.ElfConstants.SHT_NULL;
import static org.torito.bootimage.elf.ElfConstants.SHT_PROGBITS;
import static org.torito.bootimage.elf.ElfConstants.SHT_STRTAB;
import static org.torito.bootimage.elf.ElfConstants.SHT_SYMTAB;
import static org.torito.bootimage.elf.ElfConstants.STB_GLOBAL;
import static org.torito.bootimage.elf.ElfConstants.STT_FUNC;
import static org.torito.bootimage.elf.ElfConstants.STT_OBJECT;
import static org.torito.bootimage.elf.ElfConstants.STV_DEFAULT;
import static org.torito.bootimage.elf.ElfConstants.SYM_SIZE;
import static org.torito.bootimage.elf.ElfConstants.XEN_ELFNOTE_PHYS32_ENTRY;
import static org.torito.bootimage.elf.ElfConstants.XEN_NOTE_NAME;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a boot image as an ELF64 executable that {@code qemu -kernel} (pc and microvm) boots through the PVH
 * entry, and that gdb, {@code readelf} and {@code objdump} read with Java method names.
 *
 * <h2>Boot protocol</h2>
 * The x86/HVM direct boot ABI (Xen {@code docs/misc/pvh.pandoc}, "PVH"): a note named {@code "Xen"} of type
 * {@code XEN_ELFNOTE_PHYS32_ENTRY} (18) gives the physical entry address. The loader copies every
 * {@code PT_LOAD} segment to its {@code p_paddr} and jumps there in 32-bit protected mode with paging off
 * (CR0.PE set, CR4 clear, flat 4 GiB CS/DS/ES, interrupts off), with EBX holding the physical address of a
 * {@code struct hvm_start_info} (Xen {@code public/arch-x86/hvm/start_info.h}: magic, modules, command line,
 * RSDP, memory map). The code sets up its own stack, GDT and IDT. So every segment and the entry lie below
 * 4 GiB and the image is identity-mapped: {@code p_paddr = p_vaddr}. {@code e_entry} holds the same address
 * for tools; QEMU boots only through the note (hw/i386/x86.c {@code load_elfboot} refuses an ELF without it).
 *
 * <h2>File layout</h2>
 * <pre>
 *   0                 Elf64_Ehdr                         gABI "ELF Header"
 *   64                Elf64_Phdr[n + 1]                  n PT_LOAD by address, then PT_NOTE
 *   64 + 56 (n + 1)   the PVH note, 24 bytes             namesz 4, descsz 8, type 18, "Xen\0", entry (LE64)
 *   ...               segment bytes, each at an offset   gABI "Program Header": p_offset = p_vaddr
 *                     congruent to its address mod 4096    modulo p_align (4096, the psABI page size)
 *   ...               .symtab, .strtab, .shstrtab        8-aligned
 *   ...               Elf64_Shdr[n + 5]                  null, n segment sections, .note.Xen, .symtab,
 *                                                        .strtab, .shstrtab (= e_shstrndx)
 * </pre>
 * A segment becomes one section of the same name: {@code SHT_PROGBITS} over its bytes, or {@code SHT_NOBITS}
 * over its memory when it has no bytes (.bss). The memory past the bytes ({@code p_memsz > p_filesz}) is zero
 * at run time; a PROGBITS section does not cover it, since a section's file extent must stay inside its
 * segment's. Symbols are all {@code STB_GLOBAL}, sorted by address, {@code STT_FUNC} or {@code STT_OBJECT}; a
 * symbol's {@code st_shndx} is the section of the segment whose memory holds its address, else
 * {@code SHN_ABS}. Names are UTF-8; a Java method's name is its class, method and descriptor
 * ({@code org.example.Hello.main([Ljava/lang/String;)V}), which ELF allows: any byte but NUL.
 *
 * <p>Bad input is an {@link IllegalArgumentException} that names the segment or symbol: overlapping segments
 * (both named), memory beyond 4 GiB, an entry outside the bytes of every executable segment, and, from the
 * records themselves, a size below the byte count or an empty name. Host only; stateless and thread-safe.
 */
public final class ElfImageWriter {
    private ElfImageWriter() {
    }

    /**
     * A loadable piece of the image at a fixed physical (= virtual, identity-mapped) address.
     *
     * @param name section name, e.g. {@code .text}, {@code .data}, {@code .bss}
     * @param address physical load address
     * @param bytes contents; not copied, so not to be changed until written
     * @param memorySize bytes the segment occupies in memory, at least {@code bytes.length}; the rest is zero
     * @param writable whether the segment is writable ({@code PF_W}, {@code SHF_WRITE})
     * @param executable whether it holds code ({@code PF_X}, {@code SHF_EXECINSTR})
     */
    public record Segment(String name, long address, byte[] bytes, long memorySize, boolean writable,
            boolean executable) {
        public Segment {
            checkName(name, "segment");
            if (bytes == null) {
                throw new IllegalArgumentException("segment " + name + " has no bytes array (use new byte[0])");
            }
            if (address < 0) {
                throw new IllegalArgumentException("segment " + name + " has a negative address 0x"
                        + Long.toHexString(address));
            }
            if (memorySize < bytes.length) {
                throw new IllegalArgumentException("segment " + name + ": memorySize " + memorySize
                        + " is smaller than its " + bytes.length + " bytes");
            }
            if (memorySize == 0) {
                throw new IllegalArgumentException("segment " + name + " is empty: memorySize is 0");
            }
        }

        /** One past the last byte in memory. */
        public long end() {
            return address + memorySize;
        }

        @Override
        public String toString() {
            return name + " [0x" + Long.toHexString(address) + ", 0x" + Long.toHexString(end()) + ")";
        }
    }

    /**
     * One symbol: a compiled Java method such as {@code org.example.Hello.main([Ljava/lang/String;)V}, a
     * trampoline label, or a data object.
     *
     * @param size bytes the symbol covers (0 if unknown)
     * @param function {@code STT_FUNC} if true, else {@code STT_OBJECT}
     */
    public record Symbol(String name, long address, long size, boolean function) {
        public Symbol {
            checkName(name, "symbol");
            if (address < 0 || size < 0) {
                throw new IllegalArgumentException("symbol " + name + " has a negative address or size: 0x"
                        + Long.toHexString(address) + ", " + size);
            }
        }
    }

    private static void checkName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " has an empty name");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " " + name.replace('\0', '?')
                    + " contains NUL, which ends a name in an ELF string table");
        }
    }

    /**
     * The ELF64 file for {@code segments}, booting at {@code pvhEntry} through the PVH note, with
     * {@code symbols} in {@code .symtab}. The order of either list does not matter.
     *
     * @throws IllegalArgumentException for overlapping segments, memory at or above 4 GiB, duplicate segment
     *         names, or an entry outside the bytes of every executable segment
     */
    public static byte[] write(List<Segment> segments, long pvhEntry, List<Symbol> symbols) {
        List<Segment> sorted = checkSegments(segments, pvhEntry);
        List<Symbol> sortedSymbols = symbols.stream()
                .sorted(Comparator.comparingLong(Symbol::address).thenComparing(Symbol::name)).toList();
        int n = sorted.size();

        // Layout: each offset follows the previous one.
        int phoff = EHDR_SIZE;
        int noteOffset = phoff + (n + 1) * PHDR_SIZE;
        int noteSize = NHDR_SIZE + XEN_NOTE_NAME.length + PVH_DESC_SIZE;
        long[] segmentOffsets = new long[n];
        long position = noteOffset + noteSize;
        for (int i = 0; i < n; i++) {
            Segment s = sorted.get(i);
            position += Math.floorMod(s.address() - position, BYTES_IN_PAGE); // congruent modulo the page
            segmentOffsets[i] = position;
            position += s.bytes().length;
        }
        int noteSection = n + 1;
        int symtabSection = n + 2;
        int strtabSection = n + 3;
        int shstrtabSection = n + 4;
        int sectionCount = n + 5;

        StringTable strtab = new StringTable();
        byte[] symtab = symbolTable(sortedSymbols, sorted, strtab);
        StringTable shstrtab = new StringTable();
        long symtabOffset = align(position, 8);
        long strtabOffset = symtabOffset + symtab.length;
        byte[] strtabBytes = strtab.toBytes();
        long shstrtabOffset = strtabOffset + strtabBytes.length;
        int[] sectionNames = new int[sectionCount];
        for (int i = 0; i < n; i++) {
            sectionNames[1 + i] = shstrtab.add(sorted.get(i).name());
        }
        sectionNames[noteSection] = shstrtab.add(".note.Xen");
        sectionNames[symtabSection] = shstrtab.add(".symtab");
        sectionNames[strtabSection] = shstrtab.add(".strtab");
        sectionNames[shstrtabSection] = shstrtab.add(".shstrtab");
        byte[] shstrtabBytes = shstrtab.toBytes();
        long shoff = align(shstrtabOffset + shstrtabBytes.length, 8);
        long fileSize = shoff + (long) sectionCount * SHDR_SIZE;
        if (fileSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the image would be " + fileSize + " bytes, over a Java array's 2 GiB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) fileSize).order(ByteOrder.LITTLE_ENDIAN);

        // ELF header (gABI "ELF Header").
        out.put(ELFMAG).put(ELFCLASS64).put(ELFDATA2LSB).put(EV_CURRENT).put(ELFOSABI_NONE);
        out.position(EI_NIDENT);
        out.putShort(ET_EXEC).putShort(EM_X86_64).putInt(EV_CURRENT);
        out.putLong(pvhEntry).putLong(phoff).putLong(shoff);
        out.putInt(0); // e_flags: none defined for x86-64; QEMU's load_elfboot rejects some bits
        out.putShort((short) EHDR_SIZE).putShort((short) PHDR_SIZE).putShort((short) (n + 1));
        out.putShort((short) SHDR_SIZE).putShort((short) sectionCount).putShort((short) shstrtabSection);

        // Program headers: the loadable segments in address order (gABI requires it), then the note.
        for (int i = 0; i < n; i++) {
            Segment s = sorted.get(i);
            int flags = PF_R | (s.writable() ? PF_W : 0) | (s.executable() ? PF_X : 0);
            programHeader(out, PT_LOAD, flags, segmentOffsets[i], s.address(), s.bytes().length, s.memorySize(),
                    BYTES_IN_PAGE);
        }
        programHeader(out, PT_NOTE, PF_R, noteOffset, 0, noteSize, noteSize, NOTE_ALIGN);

        // The PVH note (gABI "Note Section"): header, padded name, desc = the entry, zero-extended.
        out.putInt(XEN_NOTE_NAME.length).putInt(PVH_DESC_SIZE).putInt(XEN_ELFNOTE_PHYS32_ENTRY);
        out.put(XEN_NOTE_NAME).putLong(pvhEntry);

        for (int i = 0; i < n; i++) {
            out.put((int) segmentOffsets[i], sorted.get(i).bytes());
        }
        out.put((int) symtabOffset, symtab).put((int) strtabOffset, strtabBytes);
        out.put((int) shstrtabOffset, shstrtabBytes);

        // Section headers (gABI "Section Header").
        out.position((int) shoff);
        sectionHeader(out, 0, SHT_NULL, 0, 0, 0, 0, 0, 0, 0, 0);
        for (int i = 0; i < n; i++) {
            Segment s = sorted.get(i);
            long flags = SHF_ALLOC | (s.writable() ? SHF_WRITE : 0) | (s.executable() ? SHF_EXECINSTR : 0);
            boolean noBits = s.bytes().length == 0;
            long alignment = s.address() == 0 ? BYTES_IN_PAGE : Math.min(BYTES_IN_PAGE, Long.lowestOneBit(s.address()));
            sectionHeader(out, sectionNames[1 + i], noBits ? SHT_NOBITS : SHT_PROGBITS, flags, s.address(),
                    segmentOffsets[i], noBits ? s.memorySize() : s.bytes().length, 0, 0, alignment, 0);
        }
        sectionHeader(out, sectionNames[noteSection], SHT_NOTE, 0, 0, noteOffset, noteSize, 0, 0, NOTE_ALIGN, 0);
        // sh_link = the string table; sh_info = index of the first non-local symbol (all but the null one).
        sectionHeader(out, sectionNames[symtabSection], SHT_SYMTAB, 0, 0, symtabOffset, symtab.length,
                strtabSection, 1, 8, SYM_SIZE);
        sectionHeader(out, sectionNames[strtabSection], SHT_STRTAB, 0, 0, strtabOffset, strtabBytes.length,
                0, 0, 1, 0);
        sectionHeader(out, sectionNames[shstrtabSection], SHT_STRTAB, 0, 0, shstrtabOffset,
                shstrtabBytes.length, 0, 0, 1, 0);
        return out.array();
    }

    /** Checks what the records cannot check alone and returns the segments in address order. */
    private static List<Segment> checkSegments(List<Segment> segments, long pvhEntry) {
        List<Segment> sorted = segments.stream().sorted(Comparator.comparingLong(Segment::address)).toList();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Segment s = sorted.get(i);
            if (s.end() > LIMIT_32_BIT || s.end() < 0) {
                throw new IllegalArgumentException("segment " + s + " reaches beyond 4 GiB, which the 32-bit PVH"
                        + " entry (paging off) cannot address");
            }
            if (i > 0 && sorted.get(i - 1).end() > s.address()) {
                throw new IllegalArgumentException("segments " + sorted.get(i - 1) + " and " + s + " overlap");
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two segments are named " + s.name());
            }
        }
        boolean entryInCode = sorted.stream().anyMatch(s -> s.executable()
                && pvhEntry >= s.address() && pvhEntry < s.address() + s.bytes().length);
        if (!entryInCode) {
            throw new IllegalArgumentException("PVH entry 0x" + Long.toHexString(pvhEntry)
                    + " is not inside the bytes of an executable segment; segments: " + sorted);
        }
        return sorted;
    }

    /** {@code Elf64_Sym[]}: the null symbol, then {@code symbols}; adds their names to {@code strtab}. */
    private static byte[] symbolTable(List<Symbol> symbols, List<Segment> sortedSegments, StringTable strtab) {
        ByteBuffer table = ByteBuffer.allocate((symbols.size() + 1) * SYM_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        table.position(SYM_SIZE); // symbol 0 is all zeros (gABI "Symbol Table")
        for (Symbol symbol : symbols) {
            short sectionIndex = SHN_ABS;
            for (int i = 0; i < sortedSegments.size(); i++) {
                Segment s = sortedSegments.get(i);
                if (symbol.address() >= s.address() && symbol.address() < s.end()) {
                    sectionIndex = (short) (1 + i);
                }
            }
            int type = symbol.function() ? STT_FUNC : STT_OBJECT;
            table.putInt(strtab.add(symbol.name())).put((byte) (STB_GLOBAL << 4 | type)).put(STV_DEFAULT);
            table.putShort(sectionIndex).putLong(symbol.address()).putLong(symbol.size());
        }
        return table.array();
    }

    private static void programHeader(ByteBuffer out, int type, int flags, long offset, long address,
            long fileSize, long memorySize, long alignment) {
        out.putInt(type).putInt(flags).putLong(offset).putLong(address).putLong(address); // p_vaddr = p_paddr
        out.putLong(fileSize).putLong(memorySize).putLong(alignment);
    }

    private static void sectionHeader(ByteBuffer out, int name, int type, long flags, long address, long offset,
            long size, int link, int info, long alignment, long entrySize) {
        out.putInt(name).putInt(type).putLong(flags).putLong(address).putLong(offset).putLong(size);
        out.putInt(link).putInt(info).putLong(alignment).putLong(entrySize);
    }

    private static long align(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    /** A string table (gABI "String Table"): NUL, then NUL-terminated UTF-8 strings; a name is its offset. */
    private static final class StringTable {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StringTable() {
            bytes.write(0);
        }

        int add(String s) {
            int offset = bytes.size();
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            return offset;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }
}
