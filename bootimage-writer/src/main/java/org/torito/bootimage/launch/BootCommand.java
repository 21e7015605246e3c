package org.torito.bootimage.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ./torito boot}: boots an image under QEMU with the program's output on stdout, the kernel log on
 * stderr (with {@code --verbose}), and exits with the guest's exit code (codes in the package
 * documentation). Bad usage is one line on stderr and exit code {@value #EXIT_USAGE}.
 *
 * <pre>{@value #USAGE}</pre>
 */
public final class BootCommand {
    /** Bad usage: an unknown option, a missing or malformed value, a missing image. */
    public static final int EXIT_USAGE = 2;
    /** QEMU is not installed, as a shell reports a missing command. */
    public static final int EXIT_QEMU_NOT_FOUND = 127;

    static final String USAGE = "usage: ./torito boot <file.elf|file.img> [--machine microvm|pc|q35] [--smp N]"
            + " [--mem MiB] [--accel kvm|tcg|auto] [--timeout S] [--verbose] [--heap SIZE] [--verbose-gc]"
            + " [--verify-heap] [-- <args>...]";
    private static final String PREFIX = "torito boot: ";

    private BootCommand() {
    }

    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream stderr = System.err;
        System.exit(run(Arrays.asList(args), stdout, stderr));
    }

    /**
     * Runs the command: parses {@code args}, boots, and returns the exit code.
     *
     * @param programOutput where the guest's program output (and {@code --help}) goes, byte for byte
     * @param diagnostics where usage errors, the kernel log and the runner's reports go
     */
    static int run(List<String> args, OutputStream programOutput, PrintStream diagnostics) {
        BootOptions options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            diagnostics.println(PREFIX + e.getMessage() + " (see ./torito help)");
            return EXIT_USAGE;
        }
        if (options == null) {
            try {
                programOutput.write((USAGE + "\n").getBytes(StandardCharsets.UTF_8));
                programOutput.flush();
            } catch (IOException e) {
                // stdout is closed: nobody reads the help either
            }
            return 0;
        }
        try {
            BootResult result = QemuBoot.onThisHost().boot(options, programOutput, diagnostics);
            return result.exitCode();
        } catch (QemuNotFoundException e) {
            diagnostics.println(PREFIX + e.getMessage());
            return EXIT_QEMU_NOT_FOUND;
        } catch (IOException e) {
            diagnostics.println(PREFIX + "cannot boot " + options.image() + ": " + e.getMessage());
            return BootOutcome.QEMU_FAILED.exitCode();
        }
    }

    /**
     * The options {@code args} ask for, or null for {@code --help}.
     *
     * @throws UsageException naming the first problem: unknown option, missing or malformed value, no image,
     *     a missing image file, or a combination {@link BootOptions} rejects
     */
    static BootOptions parse(List<String> args) throws UsageException {
        Path image = null;
        Machine machine = null;
        Integer smp = null;
        Integer memoryMib = null;
        Accel accel = null;
        Duration timeout = null;
        boolean verbose = false;
        List<String> programArgs = List.of();
        List<String> kernelOptions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inlineValue = name.equals(arg) ? null : arg.substring(name.length() + 1);
            switch (name) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--" -> {
                    programArgs = new ArrayList<>(args.subList(i + 1, args.size()));
                    i = args.size();
                }
                case "--verbose", "-v" -> {
                    if (inlineValue != null) {
                        throw new UsageException("--verbose takes no value, got '" + arg + "'");
                    }
                    verbose = true;
                }
                case "--verbose-gc", "--verify-heap" -> {
                    if (inlineValue != null) {
                        throw new UsageException(name + " takes no value, got '" + arg + "'");
                    }
                    kernelOptions.add(name.equals("--verbose-gc") ? "gc.verbose" : "gc.verify");
                }
                case "--machine", "--smp", "--mem", "--accel", "--timeout", "--heap" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--machine" -> machine = parseEnum(name, value, Machine::of);
                        case "--smp" -> smp = parseWholeNumber(name, value, 1, "vCPUs");
                        case "--mem" -> memoryMib = parseWholeNumber(name, value, 1, "MiB");
                        case "--accel" -> accel = parseEnum(name, value, Accel::of);
                        case "--heap" -> kernelOptions.add("heap=" + parseSize(name, value));
                        case "--timeout" -> timeout = Duration.ofSeconds(parseWholeNumber(name, value, 0,
                                "seconds (0 = no limit)"));
                        default -> throw new IllegalStateException("option " + name + " has no parser");
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    if (image != null) {
                        throw new UsageException("one image at a time: got '" + image + "' and '" + arg
                                + "' (arguments for the guest go after --)");
                    }
                    image = Path.of(arg);
                }
            }
        }
        return options(image, machine, smp, memoryMib, accel, timeout, verbose, programArgs, kernelOptions);
    }

    /** A heap size: a whole number of bytes, or of KiB, MiB or GiB with a k, m or g after it. */
    private static String parseSize(String option, String value) throws UsageException {
        if (!value.matches("[1-9][0-9]{0,9}[kKmMgG]?")) {
            throw new UsageException(option + " needs a size such as 64m (bytes, or k, m, g), got '" + value + "'");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    private static BootOptions options(Path image, Machine machine, Integer smp, Integer memoryMib, Accel accel,
            Duration timeout, boolean verbose, List<String> programArgs, List<String> kernelOptions)
            throws UsageException {
        if (image == null) {
            throw new UsageException("which image? " + USAGE.substring("usage: ".length()));
        }
        if (!Files.isRegularFile(image)) {
            throw new UsageException("no such image file '" + image + "' (build it with mvn package)");
        }
        try {
            BootOptions options = BootOptions.forImage(image);
            options = machine == null ? options : options.withMachine(machine);
            options = smp == null ? options : options.withSmp(smp);
            options = memoryMib == null ? options : options.withMemoryMib(memoryMib);
            options = accel == null ? options : options.withAccel(accel);
            options = timeout == null ? options : options.withTimeout(timeout);
            return options.withVerbose(verbose).withProgramArgs(programArgs).withKernelOptions(kernelOptions);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int parseWholeNumber(String option, String value, int min, String unit)
            throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a number out of range
        }
        throw new UsageException(option + " needs a whole number of " + unit + " >= " + min + ", got '" + value
                + "'");
    }

    private static <T> T parseEnum(String option, String value, Function<String, T> parser)
            throws UsageException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** A command line {@link BootCommand} cannot run; the message is the one line the user sees. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
