package org.torito.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.torito.bootimage.ImageCommand;
import org.torito.bootimage.launch.Accel;
import org.torito.bootimage.launch.BootOptions;
import org.torito.bootimage.launch.BootResult;
import org.torito.bootimage.launch.Machine;
import org.torito.bootimage.launch.QemuBoot;

/**
 * Runs a program on HotSpot and on Torito and demands the same output, byte for byte, and the same exit
 * status. Programs print with {@code System.out} (or {@link Out}); a program made of several parts prints
 * {@code === name} before each, and a mismatch is then reported for the first part that differs.
 */
public final class Differential {
    public static final String SECTION = "=== ";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Differential() {
    }

    /** What a program printed (standard output and error, interleaved as written) and its exit status. */
    public record Run(String output, int exitStatus) {
    }

    /**
     * Runs {@code mainClass} on HotSpot in a JVM of its own, as {@code java -cp classPath mainClass args}
     * with UTF-8 output: standard error goes into the same pipe as standard output, as both reach the one
     * serial console on Torito, and stack traces start at main, as they do there. HotSpot's JIT would throw
     * its exceptions of hot code without message or stack trace ({@code OmitStackTraceInFastThrow}): that
     * optimization is off, as the JVM specification's exceptions have both.
     */
    public static Run onHotSpot(String mainClass, String classPath, String... args) throws IOException {
        return onHotSpot(List.of(), mainClass, classPath, args);
    }

    /** {@link #onHotSpot(String, String, String...)} with {@code jvmOptions} before the class path. */
    public static Run onHotSpot(List<String> jvmOptions, String mainClass, String classPath, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=UTF-8", "-XX:-OmitStackTraceInFastThrow"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close(); // standard input is empty on Torito too
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(mainClass + " did not end on HotSpot within " + TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + mainClass + " ran on HotSpot", e);
        }
        return new Run(new String(output, StandardCharsets.UTF_8), process.exitValue());
    }

    /** Builds an image of {@code mainClass} from {@code classPath} into {@code dir}; returns the ELF. */
    public static Path image(String mainClass, String classPath, Path dir) {
        return image(mainClass, classPath, dir, List.of());
    }

    /** {@link #image(String, String, Path)} with more options of the image command ({@code imageOptions}). */
    public static Path image(String mainClass, String classPath, Path dir, List<String> imageOptions) {
        Path out = dir.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".elf");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("--cp", classPath, "--main", mainClass, "--out",
                out.toString()));
        args.addAll(imageOptions);
        int status = ImageCommand.run(args.toArray(new String[0]), print, print);
        assertEquals(0, status, "image of " + mainClass + ":\n" + messages.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** Boots {@code elf} on microvm under TCG. */
    public static BootResult boot(Path elf) throws IOException {
        return boot(elf, List.of());
    }

    /** Boots {@code elf} on microvm under TCG with {@code kernelOptions}. */
    public static BootResult boot(Path elf, List<String> kernelOptions) throws IOException {
        BootOptions options = BootOptions.forImage(elf).withMachine(Machine.MICROVM).withAccel(Accel.TCG)
                .withTimeout(TIMEOUT).withKernelOptions(kernelOptions);
        return QemuBoot.onThisHost().boot(options, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    /** The directory the test classes (and programs) were compiled to. */
    public static String testClasses() {
        return Path.of(Differential.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    /**
     * Runs {@code mainClass} on both and fails, naming the first differing part, unless the outputs and the
     * exit statuses match.
     */
    public static void assertSameOutput(Class<?> mainClass, String classPath, Path dir) throws IOException {
        assertSameOutput(mainClass, classPath, dir, List.of(), List.of());
    }

    /**
     * {@link #assertSameOutput(Class, String, Path)} with options for each side: {@code jvmOptions} for
     * HotSpot (such as the same heap size, {@code -Xmx64m}), {@code kernelOptions} for Torito ({@code heap=64m}).
     */
    public static void assertSameOutput(Class<?> mainClass, String classPath, Path dir, List<String> jvmOptions,
                                        List<String> kernelOptions) throws IOException {
        assertSameOutput(mainClass, classPath, dir, jvmOptions, kernelOptions, List.of());
    }

    /** The same, with {@code imageOptions} for the image command ({@code --initialize-at-build-time ...}). */
    public static void assertSameOutput(Class<?> mainClass, String classPath, Path dir, List<String> jvmOptions,
                                        List<String> kernelOptions, List<String> imageOptions) throws IOException {
        Run expected = onHotSpot(jvmOptions, mainClass.getName(), classPath);
        BootResult result = boot(image(mainClass.getName(), classPath, dir, imageOptions), kernelOptions);
        String actual = result.programOutputText();
        assertFalse(result.timedOut(), "timed out; output so far:\n" + actual);
        if (!expected.output().equals(actual)) {
            throw new AssertionError(describe(mainClass.getName(), expected.output(), actual, result));
        }
        assertEquals(expected.exitStatus(), result.exitCode(), "exit status; " + result.summary() + "\n"
                + result.kernelLogText());
    }

    private static String describe(String program, String expected, String actual, BootResult result) {
        List<String[]> want = sections(expected);
        List<String[]> got = sections(actual);
        for (int i = 0; i < want.size(); i++) {
            String[] w = want.get(i);
            String[] g = i < got.size() ? got.get(i) : new String[] {w[0], "<missing: the boot ended before>"};
            if (!w[0].equals(g[0]) || !w[1].equals(g[1])) {
                return program + ": part " + w[0] + " differs (" + result.summary() + ")\n--- HotSpot ---\n" + w[1]
                        + "\n--- Torito (" + g[0] + ") ---\n" + g[1] + "\n--- kernel log ---\n" + result.kernelLogText();
            }
        }
        return program + ": Torito printed more than HotSpot (" + result.summary() + "):\n" + actual;
    }

    /** Splits output at {@code === name} lines into (name, text) pairs; text before the first is part "". */
    static List<String[]> sections(String output) {
        List<String[]> parts = new ArrayList<>();
        String name = "";
        StringBuilder text = new StringBuilder();
        for (String line : output.split("(?<=\n)")) {
            if (line.startsWith(SECTION)) {
                if (!name.isEmpty() || text.length() > 0) {
                    parts.add(new String[] {name, text.toString()});
                }
                name = line.substring(SECTION.length()).trim();
                text.setLength(0);
            } else {
                text.append(line);
            }
        }
        parts.add(new String[] {name, text.toString()});
        return parts;
    }
}
