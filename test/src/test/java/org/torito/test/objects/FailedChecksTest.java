package org.torito.test.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.BootResult;
import org.torito.kernel.boot.DebugExit;
import org.torito.test.support.Differential;

/** A failed null, bounds or cast check stops the VM naming the exception, its details and the method. */
@Tag("qemu")
class FailedChecksTest {
    private static String run(Class<?> program, Path dir) throws IOException {
        BootResult result = Differential.boot(Differential.image(program.getName(), Differential.testClasses(), dir));
        String out = result.programOutputText();
        assertEquals(DebugExit.PANIC_EXIT_CODE, result.exitCode(), out);
        return out;
    }

    @Test
    void nullField_panicsWithNullPointerInTheMethod(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.NullField.class, dir);

        assertTrue(out.startsWith("before\n"), out);
        assertTrue(out.contains("PANIC: java.lang.NullPointerException\n"), out);
        assertTrue(out.contains("in org.torito.test.objects.FailedChecks.readField("), out);
    }

    @Test
    void indexOutOfBounds_panicsWithIndexAndLength(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.IndexOutOfBounds.class, dir);

        assertTrue(out.contains("PANIC: java.lang.ArrayIndexOutOfBoundsException (index 5) (length 3)"), out);
        assertTrue(out.contains("in org.torito.test.objects.FailedChecks.readElement([II)I"), out);
    }

    @Test
    void badCast_panicsNamingBothTypes(@TempDir Path dir) throws IOException {
        String out = run(FailedChecks.BadCast.class, dir);

        assertTrue(out.contains("PANIC: java.lang.ClassCastException (object type java.lang.String)"
                + " (target type org.torito.test.objects.FailedChecks$Holder)"), out);
        assertTrue(out.contains("in org.torito.test.objects.FailedChecks.cast("), out);
    }
}
