package org.torito.bootimage.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The QEMU command line for a boot: the one place that spells QEMU options. For an ELF image on microvm
 * under TCG with the defaults it reads:
 *
 * <pre>
 * qemu-system-x86_64 -machine microvm -accel tcg -cpu max -smp 1 -m 128
 *     -nodefaults -no-reboot -display none -serial stdio
 *     -device isa-debug-exit,iobase=0xf4,iosize=0x04
 *     -kernel /abs/app.elf [-append "word ..."]
 * </pre>
 *
 * and for a disk image, {@code -machine pc} (or q35) and {@code -drive file=/abs/app.img,format=raw,if=ide}
 * in place of {@code -kernel}. Why each option is there:
 * <ul>
 *   <li>{@code -cpu max} offers every feature the accelerator has. Under KVM, {@code -arch-capabilities}
 *       drops the IA32_ARCH_CAPABILITIES MSR, which software KVMs such as kvm_pvm do not provide reliably
 *       and which Torito does not read.</li>
 *   <li>{@code -nodefaults}: no NIC, VGA, floppy, CD-ROM, parallel port or monitor that Torito does not
 *       drive; devices are added on purpose.</li>
 *   <li>{@code -no-reboot}: a guest reset (a triple fault) ends QEMU with status 0 instead of looping
 *       through the boot again, so a crashing kernel ends the run ({@link BootOutcome#NO_EXIT_CODE}).</li>
 *   <li>{@code -display none} rather than {@code -nographic}: with {@code -nographic} QEMU tells SeaBIOS
 *       (pc, q35) to use COM1 as its console, and SeaBIOS's banner and terminal escapes would land in the
 *       program's output.</li>
 *   <li>{@code -serial stdio}: COM1 ({@link GuestProtocol#CONSOLE_PORT}) is QEMU's stdout, the one stream
 *       the runner reads. On microvm it is the machine's ISA serial port; nothing else is needed there.</li>
 *   <li>{@code isa-debug-exit} at {@link GuestProtocol#DEBUG_EXIT_PORT}: the guest's exit code.</li>
 *   <li>{@code if=ide} is the built-in IDE of pc and the AHCI of q35, both of which SeaBIOS boots. On q35,
 *       SeaBIOS only reads a disk of at least one cylinder, 16 heads of 63 sectors (504 KiB).</li>
 * </ul>
 */
public final class QemuCommandLine {
    /** The QEMU binary for x86-64 guests, looked up on {@code PATH}. */
    public static final String QEMU_BINARY = "qemu-system-x86_64";

    /** The words of {@code -append} that need quoting: empty, or holding a blank, a quote or a backslash. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile("^$|[\\s\"\\\\]");
    /** Shell words that can be printed as they are. */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private QemuCommandLine() {
    }

    /**
     * The command for booting {@code options} with {@code qemuBinary}, the accelerator already resolved.
     *
     * @param accel {@link Accel#KVM} or {@link Accel#TCG} ({@link Accel#resolve} turns AUTO into one)
     */
    public static List<String> build(String qemuBinary, BootOptions options, Accel accel) {
        if (accel == Accel.AUTO) {
            throw new IllegalArgumentException("resolve Accel.AUTO to KVM or TCG before building the command");
        }
        List<String> command = new ArrayList<>();
        command.add(qemuBinary);
        command.addAll(List.of("-machine", options.machine().qemuName()));
        command.addAll(List.of("-accel", accel.qemuName()));
        command.addAll(List.of("-cpu", accel == Accel.KVM ? "max,-arch-capabilities" : "max"));
        command.addAll(List.of("-smp", Integer.toString(options.smp())));
        command.addAll(List.of("-m", Integer.toString(options.memoryMib())));
        command.addAll(List.of("-nodefaults", "-no-reboot", "-display", "none", "-serial", "stdio"));
        command.addAll(List.of("-device", String.format("isa-debug-exit,iobase=0x%x,iosize=0x%02x",
                GuestProtocol.DEBUG_EXIT_PORT, GuestProtocol.DEBUG_EXIT_IO_SIZE)));
        String image = options.image().toAbsolutePath().toString();
        switch (options.kind()) {
            case ELF -> {
                command.addAll(List.of("-kernel", image));
                if (!options.commandLineWords().isEmpty()) {
                    command.addAll(List.of("-append", appendValue(options.commandLineWords())));
                }
            }
            case DISK -> command.addAll(List.of("-drive",
                    "file=" + image.replace(",", ",,") + ",format=raw,if=ide"));
            default -> throw new IllegalStateException("no QEMU options for image kind " + options.kind());
        }
        return command;
    }

    /**
     * The guest command line for {@code words}, as one {@code -append} value: the words separated by single
     * spaces. A word that is empty or holds a blank, {@code "} or {@code \} is put in double quotes, inside
     * which {@code \"} and {@code \\} stand for {@code "} and {@code \}. The kernel's parser undoes exactly
     * this, so every word reaches {@code main} as it was given.
     */
    public static String appendValue(List<String> words) {
        return join(words, word -> !NEEDS_QUOTES.matcher(word).find(),
                word -> '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }

    /** {@code command} as one line a POSIX shell runs unchanged: for logs and bug reports. */
    public static String toShellString(List<String> command) {
        return join(command, word -> SHELL_SAFE.matcher(word).matches(),
                word -> "'" + word.replace("'", "'\\''") + "'");
    }

    /** {@code words} separated by single spaces, each as it is when {@code plain}, else {@code quote}d. */
    private static String join(List<String> words, Predicate<String> plain, UnaryOperator<String> quote) {
        StringJoiner line = new StringJoiner(" ");
        for (String word : words) {
            line.add(plain.test(word) ? word : quote.apply(word));
        }
        return line.toString();
    }
}
