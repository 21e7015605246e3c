package org.torito.test.objects;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.test.support.Differential;

/**
 * A failed null, bounds or cast check throws the JVM's exception; uncaught, it ends the program with status 1
 * and a report naming the exception and the frames it went through.
 */
@Tag("qemu")
class FailedChecksTest {
    /** HotSpot's report with its helpful message (JEP 358), byte for byte, and its exit status 1. */
    @Test
    void nullField_throwsNullPointerUncaughtAsHotSpotReportsIt(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(FailedChecks.NullField.class, Differential.testClasses(), dir);
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
