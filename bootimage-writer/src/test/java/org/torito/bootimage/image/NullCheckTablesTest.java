package org.torito.bootimage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.bootimage.world.ClassPath;
import org.torito.compiler.baseline.BaselineCompiler;
import org.torito.compiler.baseline.BytecodeOffsets;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.NullCheck;
import org.torito.vm.runtime.CodeMap;

/**
 * The null check tables, read back as {@link CodeMap} documents them, give each compiled null check of
 * {@link NullPointerCases} the message {@link NullPointerMessages#of} words for its instruction alone.
 */
class NullCheckTablesTest {
    private static final String CASES = "org/torito/bootimage/image/NullPointerCases";

    @Test
    void region_readBack_givesEachCheckItsMessage() {
        try (ClassPath classPath = new ClassPath(List.of(Path.of("target", "test-classes")))) {
            ClassHierarchy hierarchy = new ClassHierarchy(classPath);
            ClassPath.ClassFile file = classPath.find(CASES).orElseThrow();
            NullCheckTables tables = new NullCheckTables(classPath);
            List<CompiledMethod> methods = new ArrayList<>();
            for (MethodNode node : file.node().methods) {
                if ((node.access & Opcodes.ACC_ABSTRACT) == 0) {
                    methods.add(BaselineCompiler.compile(CASES, node, file.bytesOf(node), hierarchy));
                    tables.add(methods.get(methods.size() - 1));
                }
            }

            byte[] region = tables.region();

            int decoded = 0;
            for (CompiledMethod m : methods) {
                Map<Integer, String> expected = expectedMessages(file, m);
                Map<Integer, String> read = read(region, tables.tableOffset(m), tables.textsOffset());
                for (Map.Entry<Integer, String> e : read.entrySet()) {
                    assertEquals(expected.get(e.getKey()), e.getValue(), m.method() + " at " + e.getKey());
                }
                decoded += read.size();
            }
            assertEquals(tables.checks(), decoded);
            assertTrue(decoded > 100, "only " + decoded + " checks with a message");
        }
    }

    /** The message of each null check of {@code m} by return offset, each check's instruction analysed alone. */
    private static Map<Integer, String> expectedMessages(ClassPath.ClassFile file, CompiledMethod m) {
        MethodNode node = file.node().methods.stream().filter(n -> n.name.equals(m.method().name())
                && n.desc.equals(m.method().descriptor())).findFirst().orElseThrow();
        int[] offsets = BytecodeOffsets.of(file.bytesOf(node), node.name, node.desc);
        Map<Integer, AbstractInsnNode> instructionAt = new HashMap<>();
        int index = 0;
        for (AbstractInsnNode insn : node.instructions) {
            if (insn.getOpcode() >= 0) {
                instructionAt.put(offsets[index++], insn);
            }
        }
        Map<Integer, String> messages = new HashMap<>();
        for (NullCheck check : m.nullChecks()) {
            NullPointerMessages.Message message = NullPointerMessages.of(node, instructionAt.get(check.bci()));
            messages.put(check.returnOffset(), message == null ? null : message.text());
        }
        return messages;
    }

    /** A method's table at {@code table} (none when negative), decoded by return offset. */
    private static Map<Integer, String> read(byte[] region, int table, int texts) {
        Map<Integer, String> messages = new HashMap<>();
        if (table < 0) {
            return messages;
        }
        int[] at = {table};
        long count = unsigned(region, at);
        int offset = 0;
        for (long i = 0; i < count; i++) {
            offset += (int) unsigned(region, at);
            long action = unsigned(region, at);
            long cause = unsigned(region, at);
            messages.put(offset, part(region, texts, action) + (cause == 0 ? "" : part(region, texts, cause - 1)));
        }
        return messages;
    }

    private static String part(byte[] region, int texts, long part) {
        int form = (int) (part % CodeMap.NULL_CHECK_FORMS);
        int before = texts;
        for (int i = 0; i < 2 * form; i++) {
            before += text(region, before).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        String wordingBefore = text(region, before);
        String wordingAfter = text(region, before + wordingBefore.getBytes(StandardCharsets.UTF_8).length + 1);
        return wordingBefore + text(region, texts + (int) (part / CodeMap.NULL_CHECK_FORMS)) + wordingAfter;
    }

    private static String text(byte[] region, int at) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (region[at] != 0) {
            bytes.write(region[at++]);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Reads an unsigned LEB128 number at {@code at[0]} and moves {@code at[0]} past it. */
    private static long unsigned(byte[] region, int[] at) {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = region[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }
}
