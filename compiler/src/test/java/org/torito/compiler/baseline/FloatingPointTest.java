package org.torito.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mode;
import org.torito.compiler.asm.Relocation;
import org.torito.vm.runtime.FloatRemainder;

/**
 * The floating-point templates on the host: each moves the stack pointer by its JVMS stack effect (measured
 * on the disassembly, so a template that drops or leaves a slot fails here, not as a corrupted frame under
 * QEMU), the remainders call the runtime helper, and that helper is within what the baseline compiler
 * compiles. Their results are checked against HotSpot by the test module's {@code ArithmeticProperties}.
 */
class FloatingPointTest {
    private static final Pattern STACK_ADJUST = Pattern.compile("(add|sub)\\s+rsp,(0x[0-9a-f]+)");

    @ParameterizedTest(name = "{0} moves the stack by {1} slots")
    @CsvSource({
        "FADD, -1", "DADD, -2", "FSUB, -1", "DSUB, -2", "FMUL, -1", "DMUL, -2", "FDIV, -1", "DDIV, -2",
        "FREM, -1", "DREM, -2", "FNEG, 0", "DNEG, 0",
        "I2F, 0", "I2D, 1", "L2F, -1", "L2D, 0", "F2I, 0", "F2L, 1", "F2D, 1", "D2I, -1", "D2L, 0", "D2F, -1",
        "FCMPL, -1", "FCMPG, -1", "DCMPL, -3", "DCMPG, -3"})
    void emit_floatingPointBytecode_movesTheStackByItsEffect(String bytecode, int slots) throws Exception {
        Assembler a = new Assembler(Mode.BITS64);

        boolean compiled = FloatingPoint.emit(a, opcode(bytecode));

        assertTrue(compiled, bytecode + " is not compiled");
        MachineCode code = a.finish();
        assertEquals(slots * Abi.SLOT_BYTES, stackEffectBytes(code), bytecode + ":\n" + disassemble(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOP", "IADD", "LCMP", "I2L", "IFLT", "FLOAD", "DRETURN", "INVOKESTATIC"})
    void emit_otherBytecode_isLeftToTheCaller(String bytecode) throws Exception {
        Assembler a = new Assembler(Mode.BITS64);

        boolean compiled = FloatingPoint.emit(a, opcode(bytecode));

        assertFalse(compiled);
        assertEquals(0, a.finish().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREM", "DREM"})
    void emit_remainder_callsTheRuntimeHelper(String bytecode) throws Exception {
        Assembler a = new Assembler(Mode.BITS64);

        FloatingPoint.emit(a, opcode(bytecode));

        List<Object> targets = a.finish().relocations().stream().map(Relocation::target).toList();
        assertEquals(List.of(FloatingPoint.DREM), targets);
    }

    @Test
    void drem_runtimeHelper_compilesWithTheBaselineCompiler() throws IOException {
        byte[] bytes;
        try (InputStream in = FloatRemainder.class.getResourceAsStream("FloatRemainder.class")) {
            bytes = in.readAllBytes();
        }
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        Deque<MethodReference> work = new ArrayDeque<>(List.of(FloatingPoint.DREM));
        Set<MethodReference> compiled = new HashSet<>();

        while (!work.isEmpty()) { // the helper and what it calls, as the closed world would reach them
            MethodReference next = work.removeFirst();
            if (compiled.add(next)) {
                MethodNode method = node.methods.stream().filter(m -> m.name.equals(next.name())
                        && m.desc.equals(next.descriptor())).findFirst().orElseThrow();
                for (Relocation r : BaselineCompiler.compile(node.name, method, bytes, StaticOnlyModel.INSTANCE)
                        .code().relocations()) {
                    if (r.target() instanceof MethodReference callee && !Entrypoints.ALL.contains(callee)) {
                        // besides the runtime's entry points (every prologue may throw StackOverflowError)
                        assertEquals(node.name, callee.owner(), next + " calls outside its class: " + callee);
                        work.add(callee);
                    }
                }
            }
        }

        assertTrue(compiled.contains(FloatingPoint.DREM));
        assertTrue(node.methods.stream().noneMatch(m -> m.name.equals("<clinit>")),
                "the image cannot initialize classes yet, so the helper's class must not need it");
    }

    private static int opcode(String bytecode) throws ReflectiveOperationException {
        return Opcodes.class.getField(bytecode).getInt(null);
    }

    /**
     * The change of rsp after the template, in bytes (negative: the stack shrank by that much). Templates
     * move rsp only by push, pop, add/sub rsp and calls to the remainder helper, which pops four slots (two
     * doubles); their branches never skip one of those.
     */
    private static int stackEffectBytes(MachineCode code) throws IOException, InterruptedException {
        int pushed = 0;
        for (String line : disassemble(code).split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            String instruction = fields[2].trim();
            Matcher adjust = STACK_ADJUST.matcher(instruction);
            if (instruction.startsWith("push")) {
                pushed += Abi.SLOT_BYTES;
            } else if (instruction.startsWith("pop")) {
                pushed -= Abi.SLOT_BYTES;
            } else if (adjust.matches()) {
                int bytes = Integer.decode(adjust.group(2));
                pushed += adjust.group(1).equals("sub") ? bytes : -bytes;
            } else if (instruction.startsWith("call")) {
                pushed -= 4 * Abi.SLOT_BYTES;
            }
        }
        return pushed;
    }

    /** objdump's Intel-syntax listing of {@code code} (binutils, which the assembler tests need anyway). */
    private static String disassemble(MachineCode code) throws IOException, InterruptedException {
        Path file = Files.createTempFile("torito-template", ".bin");
        try {
            Files.write(file, code.bytes());
            Process p = new ProcessBuilder("objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "objdump did not finish");
            return out;
        } finally {
            Files.delete(file);
        }
    }
}
