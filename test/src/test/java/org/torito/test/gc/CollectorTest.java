package org.torito.test.gc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.test.support.Differential;

/**
 * Programs that allocate far more than the machine's memory, on HotSpot and on Torito: same output, same
 * exit status. Torito checks its heap after every collection where that stays affordable under TCG.
 */
@Tag("qemu")
class CollectorTest {
    private static final List<String> VERIFY = List.of("gc.verify");

    @Test
    void binaryTrees_depth16_inTheDefaultHeap_withVerification(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(BinaryTrees.class, Differential.testClasses(), dir, List.of(), VERIFY);
    }

    @Test
    void churn_stringsMapsListsAndBigArrays_gigabytesThrough128MiB(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Churn.class, Differential.testClasses(), dir, List.of(), List.of());
    }

    @Test
    void weakReferences_clearedAndQueuedAfterSystemGc_withVerification(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(WeakReferences.class, Differential.testClasses(), dir, List.of(), VERIFY);
    }

    @Test
    void outOfMemoryError_caughtAndSurvived_in64MiB_withVerification(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(OutOfMemory.class, Differential.testClasses(), dir,
                List.of("-Xmx64m", "-XX:+UseSerialGC"), List.of("heap=64m", "gc.verify"));
    }

    @Test
    void largeStructures_markStackGrows_identityHashesStay_withVerification(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(LargeStructures.class, Differential.testClasses(), dir, List.of(), VERIFY);
    }
}
