package org.torito.compiler.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU as, the reference the assembler is checked against: assembles Intel-syntax lines in a mode and returns
 * the bytes of {@code .text}. One process per batch keeps the suite fast.
 */
final class GnuAs {
    /** What GNU as made of a batch: the text bytes, or the numbers (0-based) of the lines it rejected. */
    record Result(byte[] text, int[] lineOffsets, TreeSet<Integer> rejectedLines, String messages) {
        boolean ok() {
            return rejectedLines.isEmpty() && text != null;
        }

        /** The bytes GNU as made of line {@code i}. */
        byte[] line(int i) {
            int end = i + 1 < lineOffsets.length ? lineOffsets[i + 1] : text.length;
            return java.util.Arrays.copyOfRange(text, lineOffsets[i], end);
        }
    }

    private static final Pattern ERROR_LINE = Pattern.compile("^[^:]+\\.s:(\\d+): Error: ", Pattern.MULTILINE);
    /** Lines of the header before the first instruction. */
    private static final int HEADER_LINES = 2;

    private GnuAs() {
    }

    /** Assembles {@code lines} in {@code mode}; fails the test if the tools are missing or hang. */
    static Result assemble(Mode mode, List<String> lines) {
        return assemble(mode, lines, -1);
    }

    /**
     * Assembles {@code lines} and, when {@code origin >= 0}, links them with {@code ld} to run at {@code origin},
     * so that absolute label addresses are filled in as our assembler fills them.
     */
    static Result assemble(Mode mode, List<String> lines, long origin) {
        try {
            Path dir = Files.createTempDirectory("torito-gas");
            try {
                Path source = dir.resolve("t.s");
                List<String> all = new ArrayList<>();
                all.add(".intel_syntax noprefix");
                all.add(mode.gasDirective);
                for (int i = 0; i < lines.size(); i++) {
                    all.add("t_" + i + ": " + lines.get(i)); // a symbol per line gives each line's offset
                }
                Files.write(source, all, StandardCharsets.UTF_8);
                Path object = dir.resolve("t.o");
                Path objectFile = object;
                Path bin = dir.resolve("t.bin");
                String messages = run(dir, "as", "--64", "-o", objectFile.toString(), source.toString());
                TreeSet<Integer> rejected = new TreeSet<>();
                Matcher m = ERROR_LINE.matcher(messages);
                while (m.find()) {
                    rejected.add(Integer.parseInt(m.group(1)) - 1 - HEADER_LINES);
                }
                if (!rejected.isEmpty() || !Files.exists(objectFile)) {
                    return new Result(null, null, rejected, messages);
                }
                if (origin >= 0) {
                    Path linked = dir.resolve("t.linked");
                    String out = run(dir, "ld", "-m", "elf_x86_64", "-Ttext=0x" + Long.toHexString(origin), "-e", "0",
                            "-o", linked.toString(), object.toString());
                    if (!Files.exists(linked)) {
                        return new Result(null, null, rejected, messages + out);
                    }
                    object = linked;
                }
                String copied = run(dir, "objcopy", "-O", "binary", "-j", ".text", object.toString(), bin.toString());
                if (!Files.exists(bin) && copied.contains("has no sections")) {
                    return new Result(new byte[0], new int[lines.size()], rejected, messages); // ld dropped empty .text
                }
                if (!Files.exists(bin)) {
                    throw new AssertionError("objcopy made no binary of " + object + ": " + copied + "\n" + messages
                            + "\n" + String.join("\n", all));
                }
                int[] offsets = new int[lines.size()];
                for (String symbol : run(dir, "nm", objectFile.toString()).split("\n")) {
                    String[] parts = symbol.trim().split("\\s+");
                    if (parts.length == 3 && parts[2].startsWith("t_")) {
                        offsets[Integer.parseInt(parts[2].substring(2))] = (int) Long.parseLong(parts[0], 16);
                    }
                }
                return new Result(Files.readAllBytes(bin), offsets, rejected, messages);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run GNU as (binutils); `./torito test` installs it: " + e, e);
        }
    }

    private static String run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }

    static String hex(byte[] bytes, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < Math.min(to, bytes.length); i++) {
            s.append(String.format("%02x ", bytes[i] & 0xFF));
        }
        return s.toString().trim();
    }

    static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }
}
