package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routing of console bytes by {@link SerialDemultiplexer}, whole and in every kind of chunk. */
class SerialDemultiplexerTest {
    private static final String RS = "\u001e";

    /** Program output and kernel log after feeding {@code input} in chunks of the given sizes, cycled. */
    private static List<String> route(String input, int... chunkSizes) throws IOException {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        ByteArrayOutputStream kernel = new ByteArrayOutputStream();
        SerialDemultiplexer demultiplexer = new SerialDemultiplexer(program, kernel);
        int offset = 0;
        for (int i = 0; offset < bytes.length; i++) {
            int n = Math.min(chunkSizes[i % chunkSizes.length], bytes.length - offset);
            demultiplexer.write(bytes, offset, n);
            offset += n;
        }
        return List.of(program.toString(StandardCharsets.UTF_8), kernel.toString(StandardCharsets.UTF_8));
    }

    private static List<String> routeWhole(String input) throws IOException {
        return route(input, Integer.MAX_VALUE);
    }

    @Test
    void write_markerLine_goesToKernelLogWithoutMarker() throws IOException {
        assertEquals(List.of("hi\n", "klog\n"), routeWhole(RS + "klog\nhi\n"));
    }

    @Test
    void write_interleavedLines_keepTheirOrderPerStream() throws IOException {
        List<String> routed = routeWhole("a\n" + RS + "k1\nb\n" + RS + "k2\n" + RS + "k3\nc\n");

        assertEquals(List.of("a\nb\nc\n", "k1\nk2\nk3\n"), routed);
    }

    @Test
    void write_markerInsideALine_isProgramOutput() throws IOException {
        assertEquals(List.of("x" + RS + "y\n", ""), routeWhole("x" + RS + "y\n"));
    }

    @Test
    void write_markerAfterUnterminatedProgramText_isProgramOutput() throws IOException {
        assertEquals(List.of("abc" + RS + "k\n", ""), routeWhole("abc" + RS + "k\n"));
    }

    @Test
    void write_programOutputWithoutTrailingNewline_isPassedOn() throws IOException {
        assertEquals(List.of("a\nno newline", "k\n"), routeWhole("a\n" + RS + "k\nno newline"));
    }

    @Test
    void write_partialLastKernelLine_staysInKernelLog() throws IOException {
        assertEquals(List.of("a\n", "panic: no newl"), routeWhole("a\n" + RS + "panic: no newl"));
    }

    @Test
    void write_emptyKernelLine_isJustANewline() throws IOException {
        assertEquals(List.of("", "\n"), routeWhole(RS + "\n"));
    }

    @Test
    void write_carriageReturns_areLeftAlone() throws IOException {
        assertEquals(List.of("p\r\n", "k\r\n"), routeWhole(RS + "k\r\np\r\n"));
    }

    @Test
    void write_binaryProgramOutput_isPassedByteForByte() throws IOException {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i; // 0x1E comes after other bytes of the same line: program output
        }
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        ByteArrayOutputStream kernel = new ByteArrayOutputStream();

        new SerialDemultiplexer(program, kernel).write(all);

        assertArrayEquals(all, program.toByteArray());
        assertEquals(0, kernel.size());
    }

    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 2, 3, 5, 7, 11})
    void write_inFixedChunks_routesAsWhole(int chunk) throws IOException {
        String input = RS + "boot\nhello\n" + RS + "gc\n" + RS + "x\nworld" + RS + "\n" + RS + "end";

        assertEquals(routeWhole(input), route(input, chunk));
    }

    @Test
    void write_atEverySplitPoint_routesAsWhole() throws IOException {
        String input = "p1\n" + RS + "k1\n" + RS + "k2\np2" + RS + "\n\n" + RS + "k3";
        List<String> whole = routeWhole(input);

        for (int split = 0; split <= input.length(); split++) {
            assertEquals(whole, route(input, split == 0 ? input.length() : split, input.length()),
                    "split at " + split);
        }
    }

    @Test
    void write_inOddMixedChunks_routesAsWhole() throws IOException {
        String input = RS + "klog\nhi\n" + RS + "a\n" + "b" + RS + "c\n" + RS + "partial";

        List<String> routed = route(input, 1, 4, 2, 9, 3);

        assertEquals(List.of("hi\nb" + RS + "c\n", "klog\na\npartial"), routed);
    }

    @Test
    void withoutMarkers_keepsEverythingElseInOrder() {
        byte[] log = ("p\n" + RS + "k\np2").getBytes(StandardCharsets.UTF_8);

        assertEquals("p\nk\np2", new String(SerialDemultiplexer.withoutMarkers(log), StandardCharsets.UTF_8));
    }
}
