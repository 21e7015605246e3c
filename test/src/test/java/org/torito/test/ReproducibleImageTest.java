package org.torito.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.ImageCommand;
import org.torito.test.support.Differential;

/**
 * Two builds of the same program are the same bytes, each made by its own JVM (as two runs of
 * {@code ./torito image} would be): no layout may follow an order that changes from JVM to JVM, such as the
 * iteration of {@code Set.of} and {@code Set.copyOf} sets, or hash codes of identity.
 */
class ReproducibleImageTest {
    @Test
    void helloBuiltByTwoJvms_isTheSameBytes(@TempDir Path dir) throws IOException {
        String classes = Path.of(System.getProperty("torito.apps.dir", "../apps"), "hello", "target", "classes")
                .toString();
        byte[][] images = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path elf = dir.resolve("hello" + i + ".elf");
            Differential.Run build = Differential.onHotSpot(List.of(), ImageCommand.class.getName(),
                    System.getProperty("java.class.path"), "--cp", classes, "--main", "org.torito.apps.hello.Hello",
                    "--out", elf.toString());
            assertEquals(0, build.exitStatus(), build.output());
            images[i] = Files.readAllBytes(elf);
        }
        assertEquals(-1, java.util.Arrays.mismatch(images[0], images[1]),
                "the builds differ from file offset " + java.util.Arrays.mismatch(images[0], images[1]) + " (of "
                        + images[0].length + " and " + images[1].length + " bytes)");
    }
}
