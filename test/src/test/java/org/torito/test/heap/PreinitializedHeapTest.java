package org.torito.test.heap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.test.support.Differential;

/**
 * The pre-initialized heap on a booted image: the JDK's box caches (initialized at build time) behave as
 * HotSpot's, and an application class initialized at build time ({@code --initialize-at-build-time}) keeps
 * the heap objects its image objects are changed to refer to across collections, checked by the collector's
 * verification.
 */
@Tag("qemu")
class PreinitializedHeapTest {
    @Test
    void buildTimeState_matchesHotSpot_andSurvivesCollections(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(BuildTimeState.class, Differential.testClasses(), dir, List.of(),
                List.of("gc.verify"), List.of("--initialize-at-build-time", BuildTimeState.Holder.class.getName()));
    }
}
