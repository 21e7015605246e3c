package org.torito.test.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.torito.test.support.Differential;

/**
 * The differential corpus: each area's programs run on HotSpot and, in one image and one boot, on Torito, and
 * must print the same bytes. A host-only check keeps every program of an area's package in its runner, except
 * the programs in {@link #KNOWN_BUGS}, which fail on Torito for a bug outside the program and each have a
 * disabled test of their own, to be enabled (and the program put back in its runner) with the fix.
 */
class CorpusTest {
    private static final String MAIN = "main";
    private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";

    // Known bugs: each names what fails and where the cause lies, as a disabled test's reason shows it.

    /** Programs left out of their runner (internal name to the bug), until the bug is fixed. */
    static final Map<String, String> KNOWN_BUGS = Map.of();

    /** The areas: a package under {@code org.torito.test.corpus} and the runner that calls its programs. */
    enum Area {
        INTEGERS("integers", IntegersCorpus.class),
        CONTROL("control", ControlCorpus.class),
        STATICS("statics", StaticsCorpus.class),
        STRINGS("strings", StringsCorpus.class),
        ALGORITHMS("algorithms", AlgorithmsCorpus.class),
        OBJECTS("objects", ObjectsCorpus.class),
        EXCEPTIONS("exceptions", ExceptionsCorpus.class),
        FLOATS("floats", FloatsCorpus.class),
        ARRAYS("arrays", ArraysCorpus.class),
        GENERICS("generics", GenericsCorpus.class),
        RECURSION("recursion", RecursionCorpus.class),
        TEXT("text", TextCorpus.class),
        COLLECTIONS("collections", CollectionsCorpus.class),
        ERRORS("errors", ErrorsCorpus.class),
        LANG("lang", LangCorpus.class);

        final String packageName;
        final Class<?> runner;

        Area(String packageName, Class<?> runner) {
            this.packageName = packageName;
            this.runner = runner;
        }
    }

    @Test
    @Tag("qemu")
    void integers_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(IntegersCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void control_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ControlCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void statics_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(StaticsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void strings_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(StringsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void algorithms_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(AlgorithmsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void objects_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ObjectsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void exceptions_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ExceptionsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void floats_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(FloatsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void arrays_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ArraysCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void generics_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(GenericsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void recursion_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(RecursionCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void text_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(TextCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void collections_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(CollectionsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void errors_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(ErrorsCorpus.class, Differential.testClasses(), dir);
    }

    @Test
    @Tag("qemu")
    void lang_onTorito_printWhatHotSpotPrints(@TempDir Path dir) throws IOException {
        Differential.assertSameOutput(LangCorpus.class, Differential.testClasses(), dir);
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void runner_ofEachArea_callsEveryProgramOfItsPackageAfterItsSectionLine(Area area) throws IOException {
        Path packageDir = Path.of(Differential.testClasses(), "org", "torito", "test", "corpus", area.packageName);
        TreeSet<String> programs = new TreeSet<>();
        try (Stream<Path> files = Files.list(packageDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                Scan scan = scan(Files.readAllBytes(file));
                if (scan.hasMain && !KNOWN_BUGS.containsKey(scan.name)) {
                    programs.add(scan.name);
                }
            }
        }

        Scan runner = scan(runnerBytes(area.runner));

        assertFalse(programs.isEmpty(), "no programs found in " + packageDir);
        assertEquals(List.copyOf(programs), runner.mainsCalled.stream().sorted().toList(), area.runner.getSimpleName()
                + " must call the main of every program in " + packageDir + " (but those in KNOWN_BUGS) once");
        List<String> expectedSections = new ArrayList<>();
        for (String called : runner.mainsCalled) {
            expectedSections.add(Differential.SECTION + called.substring(called.lastIndexOf('/') + 1));
        }
        assertEquals(expectedSections, runner.sectionsBeforeCalls,
                "each call must follow the line that names the program");
        assertTrue(runner.hasMain, area.runner + " has no main");
    }

    @Test
    void knownBugs_eachNamesAProgramThatNoRunnerCalls() throws IOException {
        List<String> called = new ArrayList<>();
        for (Area area : Area.values()) {
            called.addAll(scan(runnerBytes(area.runner)).mainsCalled);
        }

        for (String program : KNOWN_BUGS.keySet()) {
            Path file = Path.of(Differential.testClasses(), program + ".class");
            assertTrue(Files.isRegularFile(file) && scan(Files.readAllBytes(file)).hasMain, program + " is no program");
            assertFalse(called.contains(program), program + " is called by a runner: take it out of KNOWN_BUGS");
        }
    }

    private static byte[] runnerBytes(Class<?> runner) throws IOException {
        try (InputStream in = runner.getResourceAsStream(runner.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** What a class file shows: its name, whether it has main, and (in main) the mains it calls in order. */
    private static final class Scan {
        String name;
        boolean hasMain;
        final List<String> mainsCalled = new ArrayList<>();
        /** For each main called, the last {@code === } string loaded before the call. */
        final List<String> sectionsBeforeCalls = new ArrayList<>();
    }

    private static Scan scan(byte[] classFile) {
        Scan scan = new Scan();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                scan.name = name;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!name.equals(MAIN) || !descriptor.equals(MAIN_DESCRIPTOR)
                        || (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC))
                        != (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) {
                    return null;
                }
                scan.hasMain = true;
                return new MethodVisitor(Opcodes.ASM9) {
                    private String lastSection;

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof String s && s.startsWith(Differential.SECTION)) {
                            lastSection = s;
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc,
                                                boolean isInterface) {
                        if (opcode == Opcodes.INVOKESTATIC && method.equals(MAIN) && desc.equals(MAIN_DESCRIPTOR)) {
                            scan.mainsCalled.add(owner);
                            scan.sectionsBeforeCalls.add(lastSection);
                            lastSection = null;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return scan;
    }
}
