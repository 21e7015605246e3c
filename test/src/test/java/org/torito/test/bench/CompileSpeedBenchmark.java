package org.torito.test.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.bootimage.world.ClassPath;
import org.torito.compiler.baseline.BaselineCompiler;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.UnsupportedBytecodeException;

/**
 * Speed of the baseline compiler (ARCHITECTURE.md §9, "JIT compile speed"): every method with bytecode in every
 * class of ASM's jars on the class path (asm, asm-tree, asm-analysis, asm-commons, asm-util) and of the JDK's
 * {@code java.lang} and {@code java.util} packages (their classes proper, not subpackages, read from
 * {@code jrt:/}), compiled with {@link BaselineCompiler} after {@link #WARM_UP_PASSES} untimed passes over the
 * same methods. Prints methods compiled, bytecode bytes and instructions, machine-code bytes, time, bytecode
 * bytes and instructions per millisecond, and code expansion (machine-code bytes per bytecode byte); and the
 * methods the compiler
 * rejected, by reason (invokedynamic, a class the {@link ClassHierarchy} cannot find, …), which are left out of
 * the figures. A benchmark, run on demand
 * ({@code mvn -B test -pl test -am -Dtest=CompileSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}); it
 * asserts only that methods were compiled.
 *
 * <p>What is timed: {@code BaselineCompiler.compile} per method, from the ASM tree to finished machine code with
 * relocations (including its own scan of the class file for bytecode offsets), each call timed with
 * {@link System#nanoTime}, summed over the methods compiled; the figure is the median of {@link #PASSES} passes.
 * Not timed: reading and parsing class files (class loading) and the first computation of class layouts, which
 * the first warm-up pass leaves cached in the {@link ClassHierarchy}, as a VM's class loader would have them.
 */
class CompileSpeedBenchmark {
    /** Untimed passes first (HotSpot compiles the compiler), then timed ones. */
    private static final int WARM_UP_PASSES = 6;
    private static final int PASSES = 5;
    /** For comparison: Jikes RVM's baseline compiler, on 2008 hardware (bytecodes per millisecond). */
    private static final int JIKES_BASELINE_BYTECODES_PER_MS = 900;

    /** A method to compile and what it is made of. */
    private record Job(String owner, MethodNode method, byte[] classFile, int instructions) {
    }

    @Test
    void asmAndJavaBase() throws IOException, URISyntaxException {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> c : List.of(org.objectweb.asm.ClassReader.class, org.objectweb.asm.tree.ClassNode.class,
                org.objectweb.asm.tree.analysis.Analyzer.class, org.objectweb.asm.commons.Remapper.class,
                org.objectweb.asm.util.Printer.class)) {
            jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        ClassPath classPath = new ClassPath(List.copyOf(jars));
        ClassHierarchy model = new ClassHierarchy(classPath);

        List<String> classes = new ArrayList<>();
        for (Path jar : jars) {
            classes.addAll(classesIn(jar));
        }
        int asmClasses = classes.size();
        classes.addAll(jdkClasses("java/lang"));
        classes.addAll(jdkClasses("java/util"));

        List<Job> jobs = new ArrayList<>();
        int withoutCode = 0;
        for (String name : classes) {
            ClassPath.ClassFile file = classPath.find(name).orElseThrow();
            for (MethodNode method : file.node().methods) {
                if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    withoutCode++;
                    continue;
                }
                int instructions = 0;
                for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                    if (insn.getOpcode() >= 0) {
                        instructions++;
                    }
                }
                jobs.add(new Job(name, method, file.bytesOf(method), instructions));
            }
        }

        // Warm-up: also sorts out the methods the compiler rejects, which the timed passes leave out.
        Map<String, Integer> rejections = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        List<Job> compilable = new ArrayList<>();
        long bytecodeBytes = 0;
        long instructions = 0;
        long machineCodeBytes = 0;
        for (Job job : jobs) {
            try {
                CompiledMethod compiled = BaselineCompiler.compile(job.owner(), job.method(), job.classFile(), model);
                compilable.add(job);
                bytecodeBytes += compiled.bytecodeBytes();
                instructions += job.instructions();
                machineCodeBytes += compiled.code().size();
            } catch (RuntimeException e) {
                String reason = reason(e);
                rejections.merge(reason, 1, Integer::sum);
                examples.putIfAbsent(reason, e.getMessage());
            }
        }
        assertTrue(compilable.size() > 1000, "only " + compilable.size() + " methods compiled");
        for (int pass = 1; pass < WARM_UP_PASSES; pass++) {
            for (Job job : compilable) {
                BaselineCompiler.compile(job.owner(), job.method(), job.classFile(), model);
            }
        }

        long[] passNanos = new long[PASSES];
        long sink = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            System.gc(); // each pass starts with the same empty young generation
            long total = 0;
            for (Job job : compilable) {
                long start = System.nanoTime();
                CompiledMethod compiled = BaselineCompiler.compile(job.owner(), job.method(), job.classFile(), model);
                total += System.nanoTime() - start;
                sink += compiled.code().size();
            }
            passNanos[pass] = total;
        }
        assertTrue(sink == machineCodeBytes * PASSES, "the timed passes compiled something else");
        long[] sorted = passNanos.clone();
        Arrays.sort(sorted);
        double ms = sorted[PASSES / 2] / 1e6;

        StringBuilder out = new StringBuilder();
        out.append(String.format("%nBaseline compiler speed: %d classes (%d from ASM's jars, %d from java.lang and"
                + " java.util), %d methods with bytecode (%d abstract or native left out)%n", classes.size(),
                asmClasses, classes.size() - asmClasses, jobs.size(), withoutCode));
        out.append(String.format("%-34s %12d%n", "methods compiled", compilable.size()));
        out.append(String.format("%-34s %12d%n", "methods rejected", jobs.size() - compilable.size()));
        out.append(String.format("%-34s %12d%n", "bytecode bytes", bytecodeBytes));
        out.append(String.format("%-34s %12d%n", "bytecode instructions", instructions));
        out.append(String.format("%-34s %12d%n", "machine-code bytes", machineCodeBytes));
        out.append(String.format("%-34s %12.1f   (median of %d passes: %s ms)%n", "compile time, ms", ms, PASSES,
                Arrays.stream(passNanos).mapToObj(n -> String.format("%.1f", n / 1e6)).toList()));
        out.append(String.format("%-34s %12.0f   (Jikes RVM baseline: ~%d on 2008 hardware)%n",
                "bytecode bytes per ms", bytecodeBytes / ms, JIKES_BASELINE_BYTECODES_PER_MS));
        out.append(String.format("%-34s %12.0f%n", "bytecode instructions per ms", instructions / ms));
        out.append(String.format("%-34s %12.1f%n", "us per method", ms * 1000 / compilable.size()));
        out.append(String.format("%-34s %12.2f%n", "machine-code bytes per bytecode byte",
                (double) machineCodeBytes / bytecodeBytes));
        out.append(String.format("%-34s %12.2f%n", "machine-code bytes per instruction",
                (double) machineCodeBytes / instructions));
        out.append(String.format("%nRejected methods by reason (one example each):%n"));
        rejections.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> out.append(
                String.format("%7d  %s%n         e.g. %s%n", e.getValue(), e.getKey(), examples.get(e.getKey()))));
        System.out.println(out);
    }

    /** A rejection's reason without the names in it, so that rejections group: the bytecode, or the failure. */
    private static String reason(RuntimeException e) {
        if (e instanceof UnsupportedBytecodeException u) {
            return "unsupported bytecode " + u.bytecode();
        }
        String message = String.valueOf(e.getMessage());
        // "... class java.lang.Foo is not on the class path": keep the words, drop the names
        String words = message.replaceAll("[\\w$]+([./][\\w$<>]+)+(\\([^)]*\\)\\S*|:\\S+)?", "X")
                .replaceAll("\\bat offset \\d+", "at offset N");
        int colon = words.indexOf(": ");
        if (words.startsWith("X: ") && colon > 0) {
            words = words.substring(colon + 2);
        }
        return e.getClass().getSimpleName() + ": " + (words.length() > 120 ? words.substring(0, 120) + "…" : words);
    }

    /** The internal names of the classes in {@code jar}. */
    private static List<String> classesIn(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/")) {
                    names.add(name.substring(0, name.length() - ".class".length()));
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * The internal names of the classes of package {@code pkg} (internal form) in {@code java.base}. Distinct:
     * JDK 17's {@code jrt:/} lists some classes twice once others in the JVM have looked classes up there.
     */
    private static List<String> jdkClasses(String pkg) throws IOException {
        Path dir = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", "java.base", pkg);
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> pkg + "/" + n.substring(0, n.length() - ".class".length())).distinct().sorted()
                    .toList();
        }
    }
}
