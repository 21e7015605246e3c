package org.torito.bootimage.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.compiler.baseline.BaselineCompiler;

/** Substitution classes change their targets as their annotations say, and refuse to when they do not fit. */
class SubstitutionsTest {
    private static final String VICTIM = "org/torito/bootimage/world/fixtures/Victim";

    /** A class path of the test classes plus a directory listing only {@code substitution}. */
    private static ClassPath classPathWith(Path dir, String substitution) throws IOException {
        Path list = dir.resolve(Substitutions.LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, "# test\norg.torito.bootimage.world.fixtures." + substitution + "\n");
        Path testClasses = Path.of(System.getProperty("user.dir"), "target", "test-classes");
        return new ClassPath(List.of(dir, testClasses));
    }

    private static MethodNode method(ClassPath.ClassFile file, String name, String desc) {
        return file.node().methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(desc)).findFirst()
                .orElse(null);
    }

    /** A substitution class its module forgot to list would be ignored without a word: the build refuses. */
    @Test
    void substitutionClassMissingFromItsList_failsTheBuildNamingIt(@TempDir Path dir) throws IOException {
        Path list = dir.resolve(Substitutions.LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, "# lists nothing\n");
        String file = "org/torito/bootimage/world/fixtures/Target_Victim.class";
        Path copy = dir.resolve(file);
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of(System.getProperty("user.dir"), "target", "test-classes", file), copy);

        try (ClassPath cp = new ClassPath(List.of(dir))) {
            ImageBuildException e = assertThrows(ImageBuildException.class, () -> cp.find("java/lang/Object"));

            assertTrue(e.getMessage().contains("substitution class org.torito.bootimage.world.fixtures.Target_Victim"
                    + " is not listed in " + list), e.getMessage());
        }
    }

    @Test
    void substitute_replacesTheMethodWithCodeThatSpeaksOfTheTarget(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim")) {
            ClassPath.ClassFile victim = cp.find(VICTIM).orElseThrow();

            MethodNode answer = method(victim, "answer", "()I");

            FieldInsnNode read = null;
            MethodInsnNode call = null;
            for (var insn : answer.instructions) {
                if (insn instanceof FieldInsnNode f) {
                    read = f;
                } else if (insn instanceof MethodInsnNode m) {
                    call = m;
                }
            }
            assertEquals(VICTIM, read.owner);
            assertEquals("secret", read.name);
            assertEquals(VICTIM, call.owner);
            assertEquals("helper", call.name);
            assertNotSame(victim.bytes(), victim.bytesOf(answer));
            BaselineCompiler.compile(VICTIM, answer, victim.bytesOf(answer), new ClassHierarchy(cp)); // right offsets
        }
    }

    @Test
    void substitute_ofNativeMethod_givesItCode(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim")) {
            MethodNode time = method(cp.find(VICTIM).orElseThrow(), "nativeTime", "()J");

            assertEquals(0, time.access & Opcodes.ACC_NATIVE);
            assertTrue(time.instructions.size() > 0);
        }
    }

    @Test
    void injectAndDelete_addAndRemoveMembers(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim")) {
            ClassPath.ClassFile victim = cp.find(VICTIM).orElseThrow();

            assertTrue(method(victim, "helper", "()I") != null);
            assertEquals(null, method(victim, "instanceMethod", "()I"));
            assertFalse(victim.node().fields.stream().filter(f -> f.name.equals("secret")).count() != 1,
                    "the @Alias field must not be duplicated");
        }
    }

    @Test
    void substitute_withoutCounterpart_failsNamingTheMember(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim_MissingMethod")) {
            ImageBuildException e = assertThrows(ImageBuildException.class, () -> cp.find(VICTIM));

            assertTrue(e.getMessage().contains("answer(I)I has no counterpart in "
                    + "org.torito.bootimage.world.fixtures.Victim"), e.getMessage());
        }
    }

    @Test
    void substitute_withOtherStaticness_fails(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim_StaticMismatch")) {
            ImageBuildException e = assertThrows(ImageBuildException.class, () -> cp.find(VICTIM));

            assertTrue(e.getMessage().contains("is not static but the method it replaces"), e.getMessage());
        }
    }

    @Test
    void unannotatedMember_fails(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim_Unannotated")) {
            ImageBuildException e = assertThrows(ImageBuildException.class, () -> cp.find(VICTIM));

            assertTrue(e.getMessage().contains("forgotten()I has no @Substitute, @Alias, @Inject or @Delete"),
                    e.getMessage());
        }
    }

    @Test
    void deletedMethod_reached_failsTheBuildNamingItAndTheChain(@TempDir Path dir) throws IOException {
        try (ClassPath cp = classPathWith(dir, "Target_Victim")) {
            ClosedWorld world = new ClosedWorld(cp);
            ImageBuildException e = assertThrows(ImageBuildException.class, () -> world.compileFrom(List.of(
                    new org.torito.compiler.baseline.MethodReference("org/torito/bootimage/world/fixtures/CallsDeleted",
                            "use", "()I"))));

            assertTrue(e.getMessage().contains("org.torito.bootimage.world.fixtures.Victim.instanceMethod()I is deleted"
                    + " by substitution org.torito.bootimage.world.fixtures.Target_Victim"), e.getMessage());
            assertTrue(e.getMessage().contains("org.torito.bootimage.world.fixtures.CallsDeleted.use()I"), e.getMessage());
        }
    }
}
