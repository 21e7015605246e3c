package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.torito.kernel.boot.CommandLine;

/** What the launcher puts on the guest's command line, the kernel's parser gives back to main word for word. */
class CommandLineRoundTripProperties {
    @Property(tries = 3_000)
    void words_surviveTheRoundTrip(@ForAll @Size(max = 8) List<@Chars({' ', '"', '\\', '\t', 'a', 'Z', '=', '-'})
            @CharRange(from = 0x80, to = 0x3000) String> words) {
        assertEquals(words, List.of(CommandLine.parse(QemuCommandLine.appendValue(words))));
    }

    /** The program's arguments are exactly the words after the launcher's {@code --}, even a {@code --} of their own. */
    @Property(tries = 1_000)
    void programArguments_areTheWordsAfterTheFirstSeparator(@ForAll @Size(max = 8) List<@Chars({' ', '"', 'a', '-'})
            String> args) {
        BootOptions options = BootOptions.forImage(java.nio.file.Path.of("x.elf")).withProgramArgs(args)
                .withKernelOptions(List.of("heap=64m", "gc.verbose"));

        String line = QemuCommandLine.appendValue(options.commandLineWords());

        assertEquals(args, List.of(CommandLine.afterSeparator(CommandLine.parse(line))));
    }
}
