package org.torito.bootimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The image command's checks that need no build: the JDK version, usage errors, file names. */
class ImageCommandTest {
    @Test
    void jdk17_isSupported() {
        assertNull(ImageCommand.unsupportedJdk(Runtime.Version.parse("17.0.15+6")));
        assertNull(ImageCommand.unsupportedJdk(Runtime.Version.parse("17")));
    }

    @Test
    void otherJdks_areRefusedNamingTheSupportedOne() {
        for (String version : new String[] {"21.0.2+13", "11.0.22", "18"}) {
            String problem = ImageCommand.unsupportedJdk(Runtime.Version.parse(version));
            assertTrue(problem != null && problem.contains(version) && problem.contains("JDK 17"), problem);
        }
    }

    @Test
    void theRunningJdk_isTheOneTheBuildUses() {
        assertNull(ImageCommand.unsupportedJdk(Runtime.version()), "the suite runs on JDK 17");
    }

    @Test
    void missingOptions_areAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImageCommand.run(new String[] {"--main", "X"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--cp, --main and --out are required"));
    }

    @Test
    void companionFiles_sitBesideTheElf() {
        assertEquals(Path.of("out/app.img"), ImageCommand.diskImagePath(Path.of("out/app.elf")));
        assertEquals(Path.of("out/app.report.txt"), ImageCommand.reportPath(Path.of("out/app.elf")));
        assertEquals(Path.of("app.bin.img"), ImageCommand.diskImagePath(Path.of("app.bin")));
    }
}
