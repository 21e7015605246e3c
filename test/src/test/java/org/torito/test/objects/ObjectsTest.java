package org.torito.test.objects;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.test.support.Differential;

/** Objects, virtual and interface calls, arrays and type checks: the same output on HotSpot and Torito. */
@Tag("qemu")
class ObjectsTest {
    @Test
    void shapes_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Shapes.class, Differential.testClasses(), dir);
    }

    @Test
    void dispatch_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Dispatch.class, Differential.testClasses(), dir);
    }

    @Test
    void emoji_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Emoji.class, Differential.testClasses(), dir);
    }

    @Test
    void classes_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Classes.class, Differential.testClasses(), dir);
    }

    @Test
    void arrayCopies_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ArrayCopies.class, Differential.testClasses(), dir);
    }

    @Test
    void primitives_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Primitives.class, Differential.testClasses(), dir);
    }

    @Test
    void builders_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Builders.class, Differential.testClasses(), dir);
    }

    @Test
    void concat_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Concat.class, Differential.testClasses(), dir);
    }

    @Test
    void arrays_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Arrays1.class, Differential.testClasses(), dir);
    }

    @Test
    void lambdas_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Lambdas.class, Differential.testClasses(), dir);
    }

    @Test
    void records_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Records.class, Differential.testClasses(), dir);
    }

    @Test
    void stringBeforeAnyInitialization_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(StringFirst.class, Differential.testClasses(), dir);
    }

    @Test
    void atomics_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(Atomics.class, Differential.testClasses(), dir);
    }

    @Test
    void helpfulNullPointerMessages_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(HelpfulNullPointerMessages.class, Differential.testClasses(), dir);
    }

    @Test
    void libraryBasics_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(LibraryBasics.class, Differential.testClasses(), dir);
    }

    @Test
    void mainThread_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(MainThread.class, Differential.testClasses(), dir);
    }

    @Test
    void treeBins_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(TreeBins.class, Differential.testClasses(), dir);
    }

    @Test
    void varHandleAtomics_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(VarHandleAtomics.class, Differential.testClasses(), dir);
    }

    @Test
    void asmReadsTransformsAndWritesAClass_asOnHotSpot(@TempDir Path dir) throws IOException {
        String asm = java.nio.file.Path.of(java.net.URI.create(org.objectweb.asm.ClassReader.class.getProtectionDomain()
                .getCodeSource().getLocation().toString())).toString();
        Differential.assertSameOutput(AsmOnBareMetal.class, Differential.testClasses() + java.io.File.pathSeparator
                + asm, dir);
    }

    @Test
    void embeddedResources_areFoundAsOnHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(EmbeddedResources.class, Differential.testClasses(), dir);
    }

    @Test
    void strictMathFunctions_matchHotSpotBitForBit(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(StrictMathFunctions.class, Differential.testClasses(), dir);
    }

    @Test
    void ordersReport_aSmallApplication_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(OrdersReport.class, Differential.testClasses(), dir);
    }

    @Test
    void javaTimeBasics_matchHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(JavaTimeBasics.class, Differential.testClasses(), dir);
    }

    @Test
    void classMetadata_matchesHotSpot(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ClassMetadata.class, Differential.testClasses(), dir);
    }
}
