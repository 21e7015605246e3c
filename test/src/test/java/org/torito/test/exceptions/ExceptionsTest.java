package org.torito.test.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.test.support.Differential;

/** Exceptions and class initialization: the same output on HotSpot and Torito. */
@Tag("qemu")
class ExceptionsTest {
    @Test
    void tryCatch_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(TryCatch.class, Differential.testClasses(), dir);
    }

    @Test
    void stackOverflow_isCaughtAndTheProgramGoesOn(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(StackOverflow.class, Differential.testClasses(), dir);
    }

    @Test
    void classInitOrder_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ClassInitOrder.class, Differential.testClasses(), dir);
    }
}
