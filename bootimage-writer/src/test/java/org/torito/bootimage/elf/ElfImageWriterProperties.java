package org.torito.bootimage.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.torito.bootimage.elf.ElfImageWriter.Segment;
import org.torito.bootimage.elf.ElfImageWriter.Symbol;

/**
 * Random layouts (1 to 5 segments, page-aligned or not, with and without bytes and zero tails, in any order):
 * reading the file back finds every segment's bytes at an offset congruent to its address, file extents that
 * never overlap, the entry in the note, symbols sorted with the right section; and readelf finds nothing to
 * warn about.
 */
class ElfImageWriterProperties {
    /** One generated image: its input and where the entry is. */
    record Layout(List<Segment> segments, long entry, List<Symbol> symbols) {
    }

    @Property(tries = 60)
    void write_randomLayout_readsBackAndReadelfIsSilent(@ForAll("layouts") Layout layout)
            throws IOException, InterruptedException {
        byte[] file = ElfImageWriter.write(layout.segments(), layout.entry(), layout.symbols());

        ByteBuffer elf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        List<Segment> sorted = layout.segments().stream().sorted(Comparator.comparingLong(Segment::address)).toList();
        List<long[]> fileExtents = new ArrayList<>();
        int phoff = (int) elf.getLong(32);
        int shoff = (int) elf.getLong(40);
        int phnum = elf.getShort(56);
        int shnum = elf.getShort(60);
        fileExtents.add(new long[] {0, 64});
        fileExtents.add(new long[] {phoff, phoff + 56L * phnum});
        fileExtents.add(new long[] {shoff, shoff + 64L * shnum});
        assertEquals(sorted.size() + 1, phnum);
        for (int i = 0; i < sorted.size(); i++) {
            Segment s = sorted.get(i);
            int ph = phoff + 56 * i;
            long offset = elf.getLong(ph + 8);
            assertEquals(1, elf.getInt(ph), "PT_LOAD");
            assertEquals(4 | (s.writable() ? 2 : 0) | (s.executable() ? 1 : 0), elf.getInt(ph + 4), s.name());
            assertEquals(s.address(), elf.getLong(ph + 16), s.name());
            assertEquals(s.address(), elf.getLong(ph + 24), s.name());
            assertEquals(s.bytes().length, elf.getLong(ph + 32), s.name());
            assertEquals(s.memorySize(), elf.getLong(ph + 40), s.name());
            assertEquals(s.address() % 4096, offset % 4096, s.name());
            assertArrayEquals(s.bytes(), Arrays.copyOfRange(file, (int) offset, (int) offset + s.bytes().length));
        }
        int note = phoff + 56 * sorted.size();
        assertEquals(4, elf.getInt(note), "PT_NOTE");
        assertEquals(layout.entry(), elf.getLong((int) elf.getLong(note + 8) + 16), "the note's desc");
        int symtab = -1;
        for (int i = 1; i < shnum; i++) {
            int sh = shoff + 64 * i;
            if (elf.getInt(sh + 4) != 8) { // SHT_NOBITS has no file bytes
                fileExtents.add(new long[] {elf.getLong(sh + 24), elf.getLong(sh + 24) + elf.getLong(sh + 32)});
            }
            symtab = elf.getInt(sh + 4) == 2 ? sh : symtab;
        }
        assertDisjointAndInside(fileExtents, file.length);
        assertSymbols(elf, symtab, sorted, layout.symbols().size());
        assertReadelfSilent(file);
    }

    private static void assertDisjointAndInside(List<long[]> extents, int fileLength) {
        extents.sort(Comparator.comparingLong(e -> e[0]));
        for (int i = 0; i < extents.size(); i++) {
            assertTrue(extents.get(i)[1] <= fileLength, "extent past the end of the file");
            if (i > 0) {
                assertTrue(extents.get(i - 1)[1] <= extents.get(i)[0], "file extents overlap: "
                        + Arrays.toString(extents.get(i - 1)) + " and " + Arrays.toString(extents.get(i)));
            }
        }
    }

    private static void assertSymbols(ByteBuffer elf, int symtabHeader, List<Segment> sorted, int count) {
        int base = (int) elf.getLong(symtabHeader + 24);
        assertEquals(24L * (count + 1), elf.getLong(symtabHeader + 32));
        long previous = -1;
        for (int i = 1; i <= count; i++) {
            long value = elf.getLong(base + 24 * i + 8);
            int shndx = Short.toUnsignedInt(elf.getShort(base + 24 * i + 6));
            int expected = 0xfff1;
            for (int k = 0; k < sorted.size(); k++) {
                if (value >= sorted.get(k).address() && value < sorted.get(k).end()) {
                    expected = k + 1;
                }
            }
            assertTrue(value >= previous, "symbols out of address order");
            assertEquals(expected, shndx, "st_shndx of the symbol at 0x" + Long.toHexString(value));
            previous = value;
        }
    }

    private static void assertReadelfSilent(byte[] file) throws IOException, InterruptedException {
        HostTool.require("readelf", "binutils");
        Path dir = Files.createTempDirectory("elf-property");
        try {
            Path image = Files.write(dir.resolve("image.elf"), file);
            HostTool.Result result = HostTool.run(dir, Duration.ofSeconds(60),
                    List.of("readelf", "-a", "-W", image.toString()));
            assertEquals(0, result.exitCode(), result.describe());
            assertEquals("", result.stderr(), result.describe());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Generators
    // ------------------------------------------------------------------------------------------------

    /** Gap before a segment, its byte count and zero tail: three sizes that straddle page boundaries. */
    private record Piece(int gap, int byteCount, int zeroTail, boolean writable) {
    }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<Piece> piece = Combinators.combine(
                Arbitraries.integers().between(0, 0x5000),
                Arbitraries.integers().between(0, 0x2100),
                Arbitraries.integers().between(0, 0x2100),
                Arbitraries.of(true, false)).as(Piece::new);
        return Combinators.combine(
                Arbitraries.longs().between(0, 0xf000_0000L),
                piece.list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of(true, false)).as(ElfImageWriterProperties::layout);
    }

    /** Segments placed one after another from {@code base}; the first holds code and the entry. */
    private static Layout layout(long base, List<Piece> pieces, boolean reversed) {
        List<Segment> segments = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        long cursor = base;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            long address = cursor + p.gap();
            boolean code = i == 0;
            byte[] bytes = new byte[code ? Math.max(1, p.byteCount()) : p.byteCount()];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (k * 31 + i);
            }
            long memorySize = Math.max(1, bytes.length + (long) p.zeroTail());
            segments.add(new Segment(".s" + i, address, bytes, memorySize, !code && p.writable(), code));
            symbols.add(new Symbol("org.example.C" + i + ".m()V", address + memorySize - 1, 1, code));
            cursor = address + memorySize;
        }
        symbols.add(new Symbol("past.the.end", cursor + 0x10, 0, false));
        if (reversed) {
            Collections.reverse(segments);
        }
        return new Layout(segments, segments.stream().filter(Segment::executable).findFirst().orElseThrow()
                .address(), symbols);
    }
}
