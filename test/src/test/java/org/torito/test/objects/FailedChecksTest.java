package org.torito.test.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.BootResult;
import org.torito.test.support.Differential;

/**
 * A failed null, bounds or cast check throws the JVM's exception; uncaught, it ends the program with status 1
 * and a report naming the exception and the frames it went through.
 */
@Tag("qemu")
class FailedChecksTest {
    private static String run(Class<?> program, Path dir) throws IOException {
        BootResult result = Differential.boot(Differential.image(program.getName(), Differential.testClasses(), dir));
        String out = result.programOutputText();
        assertEquals(1, result.exitCode(), out);
        return out;
    }

    /** HotSpot adds a helpful message (JEP 358) that an image does not compute yet. */
    @Test
    void nullField_throwsNullPointerUncaught(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.NullField.class, dir);

        assertTrue(out.startsWith("before\nException in thread \"main\" java.lang.NullPointerException\n"), out);
        assertTrue(out.contains("\n\tat org.torito.test.objects.FailedChecks.readField(FailedChecks.java:"), out);
        assertTrue(out.contains("\tat org.torito.test.objects.FailedChecks$NullField.main(FailedChecks.java:"), out);
    }

    /** HotSpot's own report, message and stack trace, byte for byte, and its exit status 1. */
    @Test
    void indexOutOfBounds_throwsUncaughtAsHotSpotReportsIt(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(FailedChecks.IndexOutOfBounds.class, Differential.testClasses(), dir);
    }

    @Test
    void badCast_throwsClassCastUncaughtAsHotSpotReportsIt(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(FailedChecks.BadCast.class, Differential.testClasses(), dir);
    }
}
