package org.torito.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cross-checks the offsets with {@code javap -c}, which prints every instruction's offset. */
class BytecodeOffsetsTest {
    /** Switches (with padding), wide locals and long jumps exercise every variable-length encoding. */
    @SuppressWarnings("unused")
    static int sample(int x, long y) {
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
        int b0 = 0, b1 = 1, b2 = 2, b3 = 3, b4 = 4, b5 = 5, b6 = 6, b7 = 7, b8 = 8, b9 = 9;
        int[] many = new int[300];
        int wide = 0;
        for (int i = 0; i < 3; i++) {
            wide += 1000; // iinc with a 16-bit increment: wide iinc
        }
        switch (x) {
            case 1: wide++; break;
            case 2: wide--; break;
            case 3: wide += 7; break;
            default: wide = 0;
        }
        switch (x) {
            case 10: wide++; break;
            case 1000: wide--; break;
            default: wide += (int) y;
        }
        return wide + a0 + a9 + b9 + many.length;
    }

    @Test
    void of_sampleMethod_matchesJavap() throws Exception {
        Path classFile = Path.of(BytecodeOffsetsTest.class.getResource("BytecodeOffsetsTest.class").toURI());
        byte[] bytes = Files.readAllBytes(classFile);

        int[] offsets = BytecodeOffsets.of(bytes, "sample", "(IJ)I");

        List<Integer> javap = javapOffsets(classFile, "static int sample(int, long);");
        assertEquals(javap, Arrays.stream(offsets).boxed().toList());
        assertTrue(javap.size() > 50, "too small a method to be a check: " + javap.size());
    }

    /** The instruction offsets javap prints for the method whose header line is {@code header}. */
    private static List<Integer> javapOffsets(Path classFile, String header) throws Exception {
        Process p = new ProcessBuilder("javap", "-c", "-p", classFile.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "javap did not finish");
        List<Integer> offsets = new ArrayList<>();
        Pattern instruction = Pattern.compile("^\\s+(\\d+): [a-z]");
        boolean inside = false;
        for (String line : out.split("\n")) {
            if (line.trim().equals(header)) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside) {
                Matcher m = instruction.matcher(line);
                if (m.find()) {
                    offsets.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return offsets;
    }
}
