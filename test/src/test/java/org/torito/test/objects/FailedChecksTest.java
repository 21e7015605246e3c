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

    @Test
    void nullField_throwsNullPointerUncaught(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.NullField.class, dir);

        assertTrue(out.startsWith("before\nException in thread \"main\" java.lang.NullPointerException\n"), out);
        assertTrue(out.contains("\n\tat org.torito.test.objects.FailedChecks.readField(FailedChecks.java:"), out);
        assertTrue(out.contains("\tat org.torito.test.objects.FailedChecks$NullField.main(FailedChecks.java:"), out);
    }

    @Test
    void indexOutOfBounds_throwsUncaught(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.IndexOutOfBounds.class, dir);

        assertTrue(out.startsWith("Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException\n"), out);
        assertTrue(out.contains("\tat org.torito.test.objects.FailedChecks.readElement(FailedChecks.java:"), out);
    }

    @Test
    void badCast_throwsClassCastUncaught(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.BadCast.class, dir);

        assertTrue(out.startsWith("Exception in thread \"main\" java.lang.ClassCastException\n"), out);
        assertTrue(out.contains("\tat org.torito.test.objects.FailedChecks.cast(FailedChecks.java:"), out);
    }
}
