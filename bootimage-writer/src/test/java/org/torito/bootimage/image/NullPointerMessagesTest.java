package org.torito.bootimage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@link NullPointerMessages} words every message of {@link NullPointerCases} as HotSpot does, character for
 * character: each case runs on this JVM, in classes instrumented so that the instruction that threw is known
 * ({@link NullPointerProbe}), and the message HotSpot gives is compared with the one computed for that
 * instruction. The cases run as javac compiled them (with a LocalVariableTable) and with the table removed,
 * where HotSpot names locals {@code <localN>}, {@code <parameterN>} and {@code this}.
 */
class NullPointerMessagesTest {
    private static final String CASES = "org/torito/bootimage/image/NullPointerCases";
    private static final String PROBE = "org/torito/bootimage/image/NullPointerProbe";

    /** How the cases' class files are given to HotSpot and to the computation. */
    enum Variant {
        AS_COMPILED, WITHOUT_LOCAL_VARIABLE_TABLE
    }

    /** One case's outcome: the failing method and instruction, and the message HotSpot gave. */
    private record Outcome(String method, int instruction, String message) {
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyCase_matchesHotSpot(Variant variant) throws Exception {
        Map<String, ClassNode> classes = casesClasses(variant);
        Map<String, Outcome> instrumented = runCases(classes, true);
        Map<String, Outcome> plain = runCases(classes, false);

        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Outcome> e : instrumented.entrySet()) {
            Outcome outcome = e.getValue();
            assertEquals(plain.get(e.getKey()).message(), outcome.message(),
                    e.getKey() + ": the probes changed HotSpot's message");
            String[] method = outcome.method().split(" ");
            MethodNode node = method(classes.get(method[0]), method[1], method[2]);
            NullPointerMessages.Message computed = NullPointerMessages.of(node, instruction(node,
                    outcome.instruction()));
            String text = computed == null ? null : computed.text();
            if (!java.util.Objects.equals(outcome.message(), text)) {
                differences.add(e.getKey() + ":\n  HotSpot:  " + outcome.message() + "\n  computed: " + text);
            }
        }

        assertEquals("", String.join("\n", differences));
        assertTrue(instrumented.size() > 100, "only " + instrumented.size() + " cases ran");
    }

    @Test
    void explicitNullPointerException_hasNoMessage() throws Exception {
        MethodNode node = method(casesClasses(Variant.AS_COMPILED).get(CASES), "explicit", "()V");
        AbstractInsnNode constructor = null;
        for (AbstractInsnNode insn : node.instructions) {
            if (insn instanceof MethodInsnNode call && call.name.equals("<init>")) {
                constructor = insn;
            }
        }

        NullPointerException thrown = null;
        try {
            NullPointerCases.explicit();
        } catch (NullPointerException e) {
            thrown = e;
        }

        assertNotNull(thrown);
        assertNull(thrown.getMessage());
        assertNull(NullPointerMessages.of(node, constructor));
    }

    @Test
    void instructionThatChecksNothing_hasNoMessage() throws Exception {
        MethodNode node = method(casesClasses(Variant.AS_COMPILED).get(CASES), "caseStaticField", "()V");

        AbstractInsnNode getstatic = node.instructions.getFirst();
        while (getstatic.getOpcode() != Opcodes.GETSTATIC) {
            getstatic = getstatic.getNext();
        }

        assertNull(NullPointerMessages.of(node, getstatic));
    }

    @Test
    void ofChecks_operandsThatCannotBeNull_haveNoMessage() throws Exception {
        MethodNode node = method(casesClasses(Variant.AS_COMPILED).get(CASES), "neverNull",
                "(L" + CASES + "$Node;)I");
        List<AbstractInsnNode> all = new ArrayList<>();
        node.instructions.forEach(all::add);

        Map<AbstractInsnNode, NullPointerMessages.Message> messages = NullPointerMessages.ofChecks(node, all);

        assertEquals(List.of(
                "Cannot invoke \"String.length()\" because \"this.name\" is null",
                "Cannot invoke \"java.lang.StringBuilder.length()\" because the return value of"
                        + " \"java.lang.StringBuilder.append(int)\" is null",
                "Cannot load from int array because \"a\" is null",
                "Cannot read field \"count\" because \"node.next\" is null",
                "Cannot read field \"next\" because \"node\" is null"),
                messages.values().stream().map(NullPointerMessages.Message::text).sorted().toList());
    }

    /** The bootstrap of {@link #nullFromInvokedynamic_leavesTheCauseOpen}: a call site that returns null. */
    public static CallSite nullString(MethodHandles.Lookup lookup, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(String.class, null));
    }

    /** A source HotSpot cannot describe but can push null: it opens the cause and leaves it so. */
    @Test
    void nullFromInvokedynamic_leavesTheCauseOpen() throws Exception {
        ClassNode node = new ClassNode();
        node.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "org/torito/bootimage/image/NullIndy", null,
                "java/lang/Object", null);
        MethodNode method = (MethodNode) node.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()I",
                null, null);
        method.instructions.add(new InvokeDynamicInsnNode("s", "()Ljava/lang/String;", new Handle(
                Opcodes.H_INVOKESTATIC, "org/torito/bootimage/image/NullPointerMessagesTest", "nullString",
                MethodType.methodType(CallSite.class, MethodHandles.Lookup.class, String.class, MethodType.class)
                        .toMethodDescriptorString(), false)));
        MethodInsnNode length = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I");
        method.instructions.add(length);
        method.instructions.add(new InsnNode(Opcodes.IRETURN));
        method.maxStack = 1;
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        node.accept(writer);
        Class<?> generated = MethodHandles.lookup().defineClass(writer.toByteArray());

        InvocationTargetException thrown = null;
        try {
            generated.getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            thrown = e;
        }

        assertNotNull(thrown);
        assertEquals("Cannot invoke \"String.length()\" because \"", thrown.getCause().getMessage());
        assertEquals(thrown.getCause().getMessage(), NullPointerMessages.of(method, length).text());
    }

    // ------------------------------------------------------------------------------------------------
    // Running the cases on HotSpot
    // ------------------------------------------------------------------------------------------------

    /** The trees of NullPointerCases and its nested classes, by internal name, in {@code variant}. */
    private static Map<String, ClassNode> casesClasses(Variant variant) throws IOException {
        Map<String, ClassNode> classes = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(CASES));
        while (!names.isEmpty()) {
            String name = names.remove(0);
            if (classes.containsKey(name)) {
                continue;
            }
            ClassNode node = new ClassNode();
            try (InputStream in = NullPointerMessagesTest.class.getResourceAsStream("/" + name + ".class")) {
                new ClassReader(in.readAllBytes()).accept(node, 0);
            }
            if (variant == Variant.WITHOUT_LOCAL_VARIABLE_TABLE) {
                node.methods.forEach(m -> m.localVariables = null);
            }
            classes.put(name, node);
            node.innerClasses.stream().map(c -> c.name).filter(n -> n.startsWith(CASES)).forEach(names::add);
        }
        return classes;
    }

    /**
     * Runs every static no-argument {@code case} method of the cases class, loaded afresh from
     * {@code classes} (with probes when {@code probed}); each must throw NullPointerException.
     */
    private static Map<String, Outcome> runCases(Map<String, ClassNode> classes, boolean probed) throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Map.Entry<String, ClassNode> e : classes.entrySet()) {
            ClassNode copy = new ClassNode();
            e.getValue().accept(copy);
            if (probed) {
                copy.methods.forEach(m -> addProbes(copy.name, m));
            }
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            copy.accept(writer);
            bytes.put(e.getKey().replace('/', '.'), writer.toByteArray());
        }
        ClassLoader loader = new ClassLoader(NullPointerMessagesTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    byte[] b = bytes.get(name);
                    if (b == null) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : defineClass(name, b, 0, b.length);
                }
            }
        };
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Method[] methods = loader.loadClass(CASES.replace('/', '.')).getDeclaredMethods();
        java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (!m.getName().startsWith("case") || !Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            m.setAccessible(true);
            NullPointerProbe.method = null;
            try {
                m.invoke(null);
                fail(m.getName() + " threw no exception");
            } catch (InvocationTargetException e) {
                NullPointerException npe = assertInstanceOf(NullPointerException.class, e.getCause(), m.getName());
                StackTraceElement top = npe.getStackTrace()[0];
                if (probed) {
                    assertNotNull(NullPointerProbe.method, m.getName());
                    String[] probe = NullPointerProbe.method.split(" ");
                    assertEquals(probe[0].replace('/', '.') + "." + probe[1], top.getClassName() + "."
                            + top.getMethodName(), m.getName() + ": thrown by code without probes");
                }
                outcomes.put(m.getName(), new Outcome(NullPointerProbe.method, NullPointerProbe.instruction,
                        npe.getMessage()));
            }
        }
        return outcomes;
    }

    /** Stores the method and the instruction's index into {@link NullPointerProbe} before each instruction. */
    private static void addProbes(String owner, MethodNode method) {
        List<AbstractInsnNode> instructions = new ArrayList<>();
        method.instructions.forEach(insn -> {
            if (insn.getOpcode() >= 0) {
                instructions.add(insn);
            }
        });
        String name = owner + " " + method.name + " " + method.desc;
        for (int i = 0; i < instructions.size(); i++) {
            InsnList probe = new InsnList();
            probe.add(new LdcInsnNode(name));
            probe.add(new FieldInsnNode(Opcodes.PUTSTATIC, PROBE, "method", "Ljava/lang/String;"));
            probe.add(new LdcInsnNode(i));
            probe.add(new FieldInsnNode(Opcodes.PUTSTATIC, PROBE, "instruction", "I"));
            method.instructions.insertBefore(instructions.get(i), probe);
        }
    }

    private static MethodNode method(ClassNode owner, String name, String descriptor) {
        return owner.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst()
                .orElseThrow();
    }

    /** The {@code index}-th instruction of {@code method} (labels, lines and frames not counted). */
    private static AbstractInsnNode instruction(MethodNode method, int index) {
        int i = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() >= 0 && i++ == index) {
                return insn;
            }
        }
        throw new IllegalArgumentException(method.name + " has no instruction " + index);
    }
}
