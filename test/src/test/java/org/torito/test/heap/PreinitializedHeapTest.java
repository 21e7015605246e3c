package org.torito.test.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.ImageCommand;
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

    @Test
    void threadReachedFromAClassInitializedAtBuildTime_failsTheBuild_namingThePath(@TempDir Path dir) {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        Path out = dir.resolve("forbidden.elf");
        int status = ImageCommand.run(new String[] {"--cp", Differential.testClasses(), "--main",
            ForbiddenAtBuildTime.class.getName(), "--out", out.toString(), "--initialize-at-build-time",
            ForbiddenAtBuildTime.Holder.class.getName()}, print, print);
        String text = messages.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, text);
        assertTrue(text.contains("ForbiddenAtBuildTime$Holder.THINGS[1].elementData[0] -> java.lang.Thread"), text);
        assertTrue(Files.notExists(out), "no image on an error");
    }
}
