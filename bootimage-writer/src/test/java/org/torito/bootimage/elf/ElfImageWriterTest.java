package org.torito.bootimage.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.elf.ElfImageWriter.Segment;
import org.torito.bootimage.elf.ElfImageWriter.Symbol;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mode;

/**
 * Checks {@link ElfImageWriter}'s output with binutils' {@code readelf}, {@code objdump} and gdb, the way a
 * user meets it, and each rejected input by its message.
 */
class ElfImageWriterTest {
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);
    private static final long TEXT = 0x100000;
    /** Not page-aligned, so the file offset has to follow the address modulo 4096. */
    private static final long DATA = 0x102040;
    private static final long DATA_MEMORY_SIZE = 0x100;
    private static final long ABSOLUTE = 0x7000;
    private static final String MAIN = "org.example.Hello.main([Ljava/lang/String;)V";

    @TempDir
    static Path dir;
    private static MachineCode text;
    private static long mainAddress;
    private static byte[] data;
    private static Path image;
    private static String readelf;

    @BeforeAll
    static void writeImage() throws IOException, InterruptedException {
        HostTool.require("readelf", "binutils");
        Assembler a = new Assembler(Mode.BITS64, TEXT);
        Label main = new Label("main");
        a.mov(Gpr.EAX, 1); // the "trampoline"
        a.ret();
        a.align(16);
        a.bind(main);
        a.xor(Gpr.EAX, Gpr.EAX);
        a.ret();
        text = a.finish();
        mainAddress = TEXT + main.offset();
        data = new byte[] {1, 2, 3, 4, 5, 6, 7, 8};
        List<Segment> segments = List.of( // out of address order on purpose
                new Segment(".data", DATA, data, DATA_MEMORY_SIZE, true, false),
                new Segment(".text", TEXT, text.bytes(), text.size(), false, true));
        List<Symbol> symbols = List.of( // out of address order on purpose
                new Symbol(MAIN, mainAddress, 3, true),
                new Symbol("org.example.Hello.counter", DATA, 4, false),
                new Symbol("pvh_start32", TEXT, 6, true),
                new Symbol("boot_info", ABSOLUTE, 0, false));
        image = dir.resolve("two-segments.elf");
        Files.write(image, ElfImageWriter.write(segments, TEXT, symbols));
        readelf = tool("readelf", "-h", "-l", "-S", "-s", "-n", "-W", image.toString());
    }

    // ------------------------------------------------------------------------------------------------
    // The image as readelf, objdump and gdb see it
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_twoSegments_headerIsLittleEndianX86_64Executable() {
        assertTrue(readelf.matches("(?s).*Class:\\s+ELF64\\n.*"), readelf);
        assertTrue(readelf.matches("(?s).*Data:\\s+2's complement, little endian\\n.*"), readelf);
        assertTrue(readelf.matches("(?s).*Type:\\s+EXEC \\(Executable file\\)\\n.*"), readelf);
        assertTrue(readelf.matches("(?s).*Machine:\\s+Advanced Micro Devices X86-64\\n.*"), readelf);
        assertTrue(readelf.matches("(?s).*Entry point address:\\s+0x100000\\n.*"), readelf);
        assertTrue(readelf.matches("(?s).*Flags:\\s+0x0\\n.*"), readelf);
    }

    @Test
    void write_twoSegments_oneLoadPerSegmentInAddressOrder() {
        List<ProgramHeader> loads = programHeaders().stream().filter(p -> p.type.equals("LOAD")).toList();

        assertEquals(2, loads.size(), readelf);
        assertLoad(loads.get(0), TEXT, text.size(), text.size(), "R E");
        assertLoad(loads.get(1), DATA, data.length, DATA_MEMORY_SIZE, "RW ");
    }

    @Test
    void write_twoSegments_segmentBytesAtFileOffsetsCongruentToAddresses() throws IOException {
        byte[] file = Files.readAllBytes(image);
        List<ProgramHeader> loads = programHeaders().stream().filter(p -> p.type.equals("LOAD")).toList();

        for (ProgramHeader load : loads) {
            assertEquals(load.virtualAddress % 4096, load.offset % 4096, "offset of the LOAD at " + load.virtualAddress);
        }
        assertArrayEquals(text.bytes(), slice(file, loads.get(0).offset, text.size()));
        assertArrayEquals(data, slice(file, loads.get(1).offset, data.length));
    }

    @Test
    void write_pvhEntry_noteSegmentAndSectionHoldXenPhys32Entry() {
        ProgramHeader note = programHeaders().stream().filter(p -> p.type.equals("NOTE")).findFirst()
                .orElseThrow(() -> new AssertionError("no PT_NOTE\n" + readelf));

        assertEquals(4, note.alignment, readelf);
        assertEquals(24, note.fileSize, readelf);
        assertTrue(readelf.contains("Displaying notes found in: .note.Xen"), readelf);
        // Owner, data size, type 18 = XEN_ELFNOTE_PHYS32_ENTRY, desc = 0x100000 as 8 little-endian bytes.
        assertTrue(Pattern.compile("Xen\\s+0x00000008\\s.*\\(0x00000012\\).*\\s+description data: "
                + "00 00 10 00 00 00 00 00").matcher(readelf).find(), readelf);
    }

    @Test
    void write_twoSegments_sectionPerSegmentThenNoteSymtabStrtabShstrtab() {
        List<String> rows = sections().stream().map(s -> s.name + " " + s.type + " " + s.flags).toList();

        assertEquals(List.of(" NULL ", ".text PROGBITS AX", ".data PROGBITS WA", ".note.Xen NOTE ",
                ".symtab SYMTAB ", ".strtab STRTAB ", ".shstrtab STRTAB "), rows, readelf);
        SectionHeader dataSection = sections().get(2);
        assertEquals(DATA, dataSection.address, readelf);
        assertEquals(data.length, dataSection.size, "a PROGBITS section covers the file bytes only\n" + readelf);
        assertTrue(readelf.matches("(?s).*Section header string table index: 6\\n.*"), readelf);
    }

    @Test
    void write_symbols_listedByAddressWithSectionOrAbs() {
        List<String> rows = symbols().stream().map(s -> String.join(" ", s)).toList();

        assertEquals(List.of(
                "0000000000007000 0 OBJECT GLOBAL DEFAULT ABS boot_info",
                "0000000000100000 6 FUNC GLOBAL DEFAULT 1 pvh_start32",
                String.format("%016x 3 FUNC GLOBAL DEFAULT 1 %s", mainAddress, MAIN),
                "0000000000102040 4 OBJECT GLOBAL DEFAULT 2 org.example.Hello.counter"), rows, readelf);
    }

    @Test
    void write_twoSegments_readelfPrintsNoWarning() throws IOException, InterruptedException {
        HostTool.Result result = HostTool.run(dir, TOOL_TIMEOUT,
                List.of("readelf", "-a", "-W", image.toString()));

        assertEquals(0, result.exitCode(), result.describe());
        assertEquals("", result.stderr(), result.describe());
    }

    @Test
    void write_javaMethodSymbol_objdumpLabelsItsCode() throws IOException, InterruptedException {
        HostTool.require("objdump", "binutils");

        String disassembly = tool("objdump", "-d", image.toString());

        assertTrue(disassembly.contains("0000000000100000 <pvh_start32>:"), disassembly);
        assertTrue(disassembly.contains(String.format("%016x <%s>:", mainAddress, MAIN)), disassembly);
    }

    @Test
    void write_javaMethodSymbol_gdbNamesAnAddressInside() throws IOException, InterruptedException {
        HostTool.require("gdb", "gdb");

        String answer = tool("gdb", "-batch", "-nx", "-ex", "info symbol 0x" + Long.toHexString(mainAddress + 1),
                image.toString());

        assertTrue(answer.contains(MAIN + " + 1 in section .text"), answer);
    }

    @Test
    void write_segmentWithoutBytes_becomesNobitsSectionAndLoadWithoutFileBytes() throws Exception {
        Path bss = dir.resolve("bss.elf");
        Files.write(bss, ElfImageWriter.write(List.of(
                new Segment(".text", TEXT, new byte[] {(byte) 0xf4}, 1, false, true),
                new Segment(".bss", 0x200000, new byte[0], 0x3000, true, false)), TEXT, List.of()));

        String out = tool("readelf", "-l", "-S", "-W", bss.toString());

        assertTrue(Pattern.compile("\\.bss\\s+NOBITS\\s+0000000000200000\\s+\\w+\\s+003000\\s+00\\s+WA").matcher(out)
                .find(), out);
        assertTrue(Pattern.compile("LOAD\\s+0x\\w+\\s+0x0+200000\\s+0x0+200000\\s+0x000000\\s+0x003000\\s+RW ")
                .matcher(out).find(), out);
    }

    // ------------------------------------------------------------------------------------------------
    // Bad input
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_overlappingSegments_throwsNamingBoth() {
        List<Segment> segments = List.of(code(".text", TEXT, 0x100),
                new Segment(".data", TEXT + 0xff, new byte[1], 1, true, false));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElfImageWriter.write(segments, TEXT, List.of()));

        assertTrue(e.getMessage().contains(".text [0x100000, 0x100100)"), e.getMessage());
        assertTrue(e.getMessage().contains(".data [0x1000ff, 0x100100)"), e.getMessage());
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void write_segmentReachingPast4GiB_throwsNamingSegment() {
        List<Segment> segments = List.of(code(".text", TEXT, 16),
                new Segment(".heap", 0xffff_f000L, new byte[0], 0x2000, true, false));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElfImageWriter.write(segments, TEXT, List.of()));

        assertTrue(e.getMessage().contains(".heap") && e.getMessage().contains("4 GiB"), e.getMessage());
    }

    @Test
    void write_entryInDataSegment_throwsNamingEntry() {
        List<Segment> segments = List.of(code(".text", TEXT, 16),
                new Segment(".data", 0x200000, new byte[16], 16, true, false));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElfImageWriter.write(segments, 0x200000, List.of()));

        assertTrue(e.getMessage().contains("PVH entry 0x200000"), e.getMessage());
        assertTrue(e.getMessage().contains("executable segment"), e.getMessage());
    }

    @Test
    void write_entryPastTheBytesOfCode_throwsNamingEntry() {
        List<Segment> segments = List.of(new Segment(".text", TEXT, new byte[16], 0x1000, false, true));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElfImageWriter.write(segments, TEXT + 16, List.of()));

        assertTrue(e.getMessage().contains("PVH entry 0x100010"), e.getMessage());
    }

    @Test
    void write_twoSegmentsWithOneName_throwsNamingIt() {
        List<Segment> segments = List.of(code(".text", TEXT, 16), code(".text", TEXT + 0x1000, 16));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElfImageWriter.write(segments, TEXT, List.of()));

        assertEquals("two segments are named .text", e.getMessage());
    }

    @Test
    void segment_memorySizeBelowByteCount_throwsNamingSegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(".data", DATA, new byte[16], 8, true, false));

        assertEquals("segment .data: memorySize 8 is smaller than its 16 bytes", e.getMessage());
    }

    @Test
    void segment_zeroMemorySize_throwsNamingSegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(".bss", DATA, new byte[0], 0, true, false));

        assertEquals("segment .bss is empty: memorySize is 0", e.getMessage());
    }

    @Test
    void symbol_emptyName_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Symbol("", TEXT, 4, true));

        assertEquals("a symbol has an empty name", e.getMessage());
    }

    @Test
    void symbol_nameWithNul_throwsNamingSymbol() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Symbol("Hello.main\0", TEXT, 4, true));

        assertTrue(e.getMessage().startsWith("symbol Hello.main? contains NUL"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------------
    // readelf output, parsed
    // ------------------------------------------------------------------------------------------------

    private record ProgramHeader(String type, long offset, long virtualAddress, long physicalAddress, long fileSize,
            long memorySize, String flags, long alignment) {
    }

    private record SectionHeader(String name, String type, long address, long size, String flags) {
    }

    private static final Pattern PROGRAM_HEADER = Pattern.compile("(?m)^\\s+(LOAD|NOTE)\\s+0x(\\p{XDigit}+)\\s+"
            + "0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s(.{3})\\s+0x(\\p{XDigit}+)$");
    private static final Pattern SECTION_HEADER = Pattern.compile("(?m)^\\s+\\[\\s*\\d+]\\s+(?:(\\S+)\\s+)?"
            + "(NULL|PROGBITS|NOBITS|NOTE|SYMTAB|STRTAB)\\s+(\\p{XDigit}+)\\s+\\p{XDigit}+\\s+(\\p{XDigit}+)\\s+"
            + "\\p{XDigit}+\\s+([A-Z]*)\\s*\\d+\\s+\\d+\\s+\\d+$");
    private static final Pattern SYMBOL = Pattern.compile("(?m)^\\s+\\d+: (\\p{XDigit}{16})\\s+(\\d+)\\s+(\\S+)\\s+"
            + "(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S*)$");

    private static List<ProgramHeader> programHeaders() {
        List<ProgramHeader> headers = new ArrayList<>();
        for (Matcher m = PROGRAM_HEADER.matcher(readelf); m.find();) {
            headers.add(new ProgramHeader(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)),
                    hex(m.group(5)), hex(m.group(6)), m.group(7), hex(m.group(8))));
        }
        return headers;
    }

    private static List<SectionHeader> sections() {
        List<SectionHeader> headers = new ArrayList<>();
        for (Matcher m = SECTION_HEADER.matcher(readelf); m.find();) {
            headers.add(new SectionHeader(m.group(1) == null ? "" : m.group(1), m.group(2), hex(m.group(3)),
                    hex(m.group(4)), m.group(5)));
        }
        return headers;
    }

    /** Rows of {@code readelf -s} after the null symbol: value, size, type, bind, visibility, ndx, name. */
    private static List<String[]> symbols() {
        List<String[]> rows = new ArrayList<>();
        for (Matcher m = SYMBOL.matcher(readelf); m.find();) {
            if (!m.group(7).isEmpty()) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                        m.group(7)});
            }
        }
        return rows;
    }

    private static void assertLoad(ProgramHeader load, long address, long fileSize, long memorySize, String flags) {
        String where = "LOAD at 0x" + Long.toHexString(address) + "\n" + readelf;
        assertEquals(address, load.virtualAddress, where);
        assertEquals(address, load.physicalAddress, where);
        assertEquals(fileSize, load.fileSize, where);
        assertEquals(memorySize, load.memorySize, where);
        assertEquals(flags, load.flags, where);
        assertEquals(0x1000, load.alignment, where);
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------

    private static Segment code(String name, long address, int size) {
        return new Segment(name, address, new byte[size], size, false, true);
    }

    private static long hex(String digits) {
        return Long.parseUnsignedLong(digits, 16);
    }

    private static byte[] slice(byte[] file, long offset, int length) {
        return Arrays.copyOfRange(file, (int) offset, (int) offset + length);
    }

    /** Runs a binutils/gdb command that must succeed and returns its stdout. */
    private static String tool(String... command) throws IOException, InterruptedException {
        HostTool.Result result = HostTool.run(dir, TOOL_TIMEOUT, List.of(command));
        if (result.exitCode() != 0) {
            fail(result.describe());
        }
        return result.stdout();
    }
}
