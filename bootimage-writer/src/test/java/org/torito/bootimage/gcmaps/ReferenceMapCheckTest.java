package org.torito.bootimage.gcmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.bootimage.world.ClassPath;
import org.torito.compiler.baseline.BaselineCompiler;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.ReferenceMap;
import org.torito.compiler.baseline.UnsupportedBytecodeException;

/**
 * The compiler's GC reference maps agree, slot for slot, with {@link IndependentTypes} at every call site of
 * thousands of real methods ({@link Corpus}) and of hand-made bytecode ({@link HandMadeShape}), except the
 * known compiler bugs, which the check reports; and {@link ReferenceMapCheck} notices a map that is off by
 * one bit. The corpus run prints what it checked.
 */
class ReferenceMapCheckTest {
    /** Known compiler bugs ({@link HandMadeShape}): left out of the agreement check, pinned by their own test. */

    private static ClassPath classPath;
    private static ClassHierarchy hierarchy;
    private static CorpusRun corpusRun;

    /** What checking the corpus found: counts for the report, and every disagreement. */
    private static final class CorpusRun {
        int classes;
        int methodsCompiled;
        final Map<String, Integer> skippedByBytecode = new TreeMap<>();
        /** The first rejection of each bytecode, as the compiler words it. */
        final Map<String, String> firstRejection = new TreeMap<>();
        int maps;
        int prologueMaps;
        int localSlotsCompared;
        int stackSlotsCompared;
        int referenceBits;
        int callSites;
        final List<String> disagreements = new ArrayList<>();
        final List<String> callsWithoutMap = new ArrayList<>();
        final List<String> prologueProblems = new ArrayList<>();

        int skipped() {
            return skippedByBytecode.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            return "reference maps checked: " + classes + " classes, " + methodsCompiled + " methods compiled, "
                    + skipped() + " rejected by the compiler " + skippedByBytecode + "; " + maps + " maps ("
                    + prologueMaps + " prologue), " + localSlotsCompared + " local and " + stackSlotsCompared
                    + " stack slots compared, " + referenceBits + " reference bits; " + callSites
                    + " invoke call sites; " + disagreements.size() + " disagreements, " + callsWithoutMap.size()
                    + " calls without a map; first rejections: " + firstRejection.values();
        }
    }

    @BeforeAll
    static void openClassPath() {
        classPath = new ClassPath(Corpus.testClassPath());
        hierarchy = new ClassHierarchy(classPath);
    }

    @AfterAll
    static void closeClassPath() {
        classPath.close();
    }

    // ------------------------------------------------------------------------------------------------
    // The corpus
    // ------------------------------------------------------------------------------------------------

    private static boolean desugared(MethodNode method) {
        for (var insn : method.instructions) {
            if (org.torito.compiler.desugar.StringConcat.isConcat(insn)) {
                return true;
            }
        }
        return false;
    }

    /** Compiles and checks the corpus once, for all the corpus tests. */
    private static CorpusRun corpus() {
        if (corpusRun != null) {
            return corpusRun;
        }
        CorpusRun run = new CorpusRun();
        for (String className : Corpus.classes(classPath)) {
            run.classes++;
            ClassPath.ClassFile file = classPath.find(className).orElseThrow();
            for (MethodNode method : file.node().methods) {
                if (desugared(method)) {
                    // the compiler maps its desugared code (more locals, a builder on the stack), which is not
                    // the class file's bytecode this analysis reads: such methods are counted, not compared
                    run.skippedByBytecode.merge("desugared invokedynamic", 1, Integer::sum);
                    continue;
                }
                CompiledMethod compiled;
                try {
                    compiled = BaselineCompiler.compile(className, method, file.bytesOf(method), hierarchy);
                } catch (UnsupportedBytecodeException e) {
                    run.skippedByBytecode.merge(e.bytecode(), 1, Integer::sum);
                    run.firstRejection.putIfAbsent(e.bytecode(), e.getMessage());
                    continue;
                }
                run.methodsCompiled++;
                check(run, compiled.referenceMaps(),
                        MethodCode.read(file.bytesOf(method), method.name, method.desc));
            }
        }
        System.out.println(run);
        corpusRun = run;
        return run;
    }

    private static void check(CorpusRun run, List<ReferenceMap> maps, MethodCode code) {
        IndependentTypes types;
        try {
            types = IndependentTypes.analyze(code);
        } catch (IndependentTypes.RejectedException e) {
            run.disagreements.add("the compiler compiled it, the independent analysis rejects it: " + e.getMessage());
            return;
        }
        long prologue = maps.stream().filter(m -> m.bci() == -1).count();
        long expected = hasStackCheck(code, types) ? 1 : 0;
        if (prologue != expected) {
            run.prologueProblems.add(code.where() + " has " + prologue + " prologue maps (bci -1), not " + expected);
        }
        for (ReferenceMap map : maps) {
            run.maps++;
            run.prologueMaps += map.bci() == -1 ? 1 : 0;
            run.localSlotsCompared += code.maxLocals();
            run.stackSlotsCompared += Math.max(0, map.stackSlots());
            run.referenceBits += map.locals().cardinality() + map.stack().cardinality();
            run.disagreements.addAll(ReferenceMapCheck.compare(map, types));
        }
        run.callSites += ReferenceMapCheck.callSites(types).size();
        run.callsWithoutMap.addAll(ReferenceMapCheck.callsWithoutMap(maps, types));
    }

    private static String firstOf(List<String> messages) {
        return messages.size() + " in all; the first:\n  "
                + String.join("\n  ", messages.subList(0, Math.min(40, messages.size())));
    }

    @Test
    void corpus_everyMap_agreesWithTheIndependentAnalysis() {
        CorpusRun run = corpus();

        assertTrue(run.disagreements.isEmpty(), firstOf(run.disagreements));
    }

    @Test
    void corpus_everyInvoke_hasTheMapOfItsCall() {
        CorpusRun run = corpus();

        assertTrue(run.callsWithoutMap.isEmpty(), firstOf(run.callsWithoutMap));
    }

    /**
     * Whether the prologue checks the stack (and so calls, and has a map): unless the method invokes nothing
     * and its frame is small (vm.runtime.Stacks), when the margin its caller checked holds it.
     */
    private static boolean hasStackCheck(MethodCode code, IndependentTypes types) {
        for (int bci = 0; bci < code.length(); bci++) {
            int opcode = code.u1(bci);
            if (types.before(bci) != null && opcode >= Op.INVOKEVIRTUAL && opcode <= Op.INVOKEDYNAMIC) {
                return true;
            }
        }
        long frameBytes = 8L * (2 + code.maxLocals() + code.maxStack() + 2);
        return frameBytes > org.torito.vm.runtime.Stacks.UNCHECKED_FRAME_BYTES;
    }

    @Test
    void corpus_everyMethodThatChecksTheStack_hasOnePrologueMap_andNoOtherHasOne() {
        CorpusRun run = corpus();

        assertTrue(run.prologueProblems.isEmpty(), firstOf(run.prologueProblems));
    }

    /** Guards the other corpus tests against passing because they looked at nothing. */
    @Test
    void corpus_isLargeAndFullOfReferences() {
        CorpusRun run = corpus();

        assertTrue(run.methodsCompiled >= 2000, run.toString());
        assertTrue(run.maps >= 10000, run.toString());
        assertTrue(run.referenceBits >= 10000, run.toString());
    }

    // ------------------------------------------------------------------------------------------------
    // Hand-made shapes
    // ------------------------------------------------------------------------------------------------

    /**
     * Every hand-made shape, including the two that exposed compiler bugs (a handler using a local the try
     * block retypes last; a loop back to offset 0 retyping an argument), now fixed in ReferenceMaps.
     */
    @ParameterizedTest
    @EnumSource(HandMadeShape.class)
    void handMadeShape_everyMap_agreesWithTheIndependentAnalysis(HandMadeShape shape, @TempDir Path dir)
            throws IOException {
        HandMadeMethod method = shape.method();
        CompiledMethod compiled = compile(method, dir);
        IndependentTypes types = IndependentTypes.analyze(method.code());

        List<String> disagreements = compareAll(compiled, types);

        assertEquals(List.of(), disagreements);
        assertEquals(List.of(), ReferenceMapCheck.callsWithoutMap(compiled.referenceMaps(), types));
        assertTrue(!compiled.referenceMaps().isEmpty(), "no map to compare"); // at least the prologue's
    }

    /** The hand-made shapes are legal bytecode: HotSpot's verifier accepts each. */
    @ParameterizedTest
    @EnumSource(HandMadeShape.class)
    void handMadeShape_passesTheHostJvmsVerifier(HandMadeShape shape) throws ClassNotFoundException {
        Class<?> loaded = shape.method().loadAndVerify();

        assertEquals(HandMadeMethod.OWNER, loaded.getName());
    }

    /** The verifier does run on hand-made classes: one that returns a reference from a void method fails. */
    @Test
    void handMadeMethod_thatDoesNotVerify_isRefusedByTheHostJvm() {
        HandMadeMethod method = HandMadeMethod.of(Opcodes.V1_7, Opcodes.ACC_STATIC, "()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ARETURN);
        });

        assertThrows(VerifyError.class, method::loadAndVerify);
    }

    /** The handler of the first known bug really runs with local 1 holding the argument. */
    @Test
    void handlerShape_runsItsHandlerOnTheHostJvm() throws ReflectiveOperationException {
        Class<?> loaded = HandMadeShape.HANDLER_USES_A_LOCAL_THE_TRY_RETYPES_LAST.method().loadAndVerify();

        Method m = loaded.getDeclaredMethod("m", Object.class);
        m.setAccessible(true);

        m.invoke(null, (Object) null); // requireNonNull throws; the handler catches and uses local 1
    }

    private static List<String> compareAll(CompiledMethod compiled, IndependentTypes types) {
        List<String> disagreements = new ArrayList<>();
        for (ReferenceMap map : compiled.referenceMaps()) {
            disagreements.addAll(ReferenceMapCheck.compare(map, types));
        }
        return disagreements;
    }

    // ------------------------------------------------------------------------------------------------
    // The comparison, on maps of the fixtures changed on purpose
    // ------------------------------------------------------------------------------------------------

    /** A fixture method compiled, with its independent analysis. */
    private record Compiled(CompiledMethod method, IndependentTypes types) {
        /** The map of the call itself (not of a check before it) made by the {@code n}-th invoke instruction. */
        ReferenceMap mapOfCall(int n) {
            ReferenceMapCheck.CallSite site = ReferenceMapCheck.callSites(types).get(n);
            return method.referenceMaps().stream()
                    .filter(m -> m.bci() == site.bci() && m.stackSlots() == site.slotsBelowArguments())
                    .findFirst().orElseThrow();
        }
    }

    private static Compiled compile(String name, String descriptor) {
        ClassPath.ClassFile file = classPath.find(CallSiteFixtures.NAME).orElseThrow();
        MethodNode node = file.node().methods.stream()
                .filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst().orElseThrow();
        CompiledMethod method = BaselineCompiler.compile(CallSiteFixtures.NAME, node, file.bytesOf(node), hierarchy);
        return new Compiled(method, IndependentTypes.analyze(MethodCode.read(file.bytesOf(node), name, descriptor)));
    }

    /** Compiles a hand-made method, its class put in {@code dir} on a class path where the compiler finds it. */
    private static CompiledMethod compile(HandMadeMethod method, Path dir) throws IOException {
        Files.write(dir.resolve(HandMadeMethod.OWNER + ".class"), method.classFile());
        List<Path> entries = new ArrayList<>(List.of(dir));
        entries.addAll(Corpus.testClassPath());
        try (ClassPath withHandMade = new ClassPath(entries)) {
            return BaselineCompiler.compile(HandMadeMethod.OWNER, method.node(), method.classFile(),
                    new ClassHierarchy(withHandMade));
        }
    }

    private static ReferenceMap withLocals(ReferenceMap map, BitSet locals) {
        return new ReferenceMap(map.returnOffset(), map.bci(), locals, map.stack(), map.stackSlots());
    }

    private static ReferenceMap withStack(ReferenceMap map, BitSet stack, int stackSlots) {
        return new ReferenceMap(map.returnOffset(), map.bci(), map.locals(), stack, stackSlots);
    }

    @Test
    void compare_theCompilersMap_agrees() {
        Compiled onStack = compile("onStack", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;");
        ReferenceMap valueOf = onStack.mapOfCall(0);

        List<String> disagreements = ReferenceMapCheck.compare(valueOf, onStack.types());

        assertEquals(List.of(), disagreements);
        assertEquals(1, valueOf.stackSlots(), "s stays below the argument o");
        assertTrue(valueOf.stack().get(0) && valueOf.locals().get(0) && valueOf.locals().get(1), valueOf.toString());
    }

    @Test
    void compare_flippedLocalBit_namesMethodBciSlotAndBothAnswers() {
        Compiled onStack = compile("onStack", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;");
        ReferenceMap valueOf = onStack.mapOfCall(0);
        BitSet locals = valueOf.locals();
        locals.flip(1);

        List<String> disagreements = ReferenceMapCheck.compare(withLocals(valueOf, locals), onStack.types());

        assertEquals(1, disagreements.size(), disagreements.toString());
        String message = disagreements.get(0);
        assertTrue(message.startsWith(CallSiteFixtures.NAME + ".onStack(Ljava/lang/Object;Ljava/lang/String;)"
                + "Ljava/lang/String; bci " + valueOf.bci() + " "), message);
        assertTrue(message.contains(": local 1: map says no reference, independent analysis says REFERENCE"),
                message);
    }

    @Test
    void compare_flippedStackBit_namesTheSlot() {
        Compiled onStack = compile("onStack", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;");
        ReferenceMap valueOf = onStack.mapOfCall(0);
        BitSet stack = valueOf.stack();
        stack.flip(0);

        List<String> disagreements = ReferenceMapCheck.compare(withStack(valueOf, stack, 1), onStack.types());

        assertEquals(1, disagreements.size(), disagreements.toString());
        assertTrue(disagreements.get(0).contains(
                ": stack slot 0: map says no reference, independent analysis says REFERENCE"), disagreements.get(0));
    }

    @Test
    void compare_unusableLocalInTheMap_isADisagreement() {
        Compiled mixed = compile("mixed", "(Z)V");
        ReferenceMap lastSink = mixed.mapOfCall(2);
        BitSet locals = lastSink.locals();
        locals.set(1);

        List<String> disagreements = ReferenceMapCheck.compare(withLocals(lastSink, locals), mixed.types());

        assertEquals(List.of(), ReferenceMapCheck.compare(lastSink, mixed.types()));
        assertEquals(1, disagreements.size(), disagreements.toString());
        assertTrue(disagreements.get(0).contains(": local 1: map says REFERENCE, independent analysis says UNUSABLE"),
                disagreements.get(0));
    }

    @Test
    void compare_moreStackSlotsThanTheFrameHas_isADisagreement() {
        Compiled onStack = compile("onStack", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;");
        ReferenceMap valueOf = onStack.mapOfCall(0);

        List<String> disagreements = ReferenceMapCheck.compare(withStack(valueOf, valueOf.stack(), 3),
                onStack.types());

        assertEquals(1, disagreements.size(), disagreements.toString());
        assertTrue(disagreements.get(0).contains(": map covers 3 operand stack slots, independent analysis has 2"),
                disagreements.get(0));
    }

    @Test
    void callsWithoutMap_mapOfTheCallDropped_namesTheCall() {
        Compiled onStack = compile("onStack", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;");
        ReferenceMap valueOf = onStack.mapOfCall(0);
        List<ReferenceMap> maps = new ArrayList<>(onStack.method().referenceMaps());
        maps.removeIf(m -> m.bci() == valueOf.bci() && m.stackSlots() == valueOf.stackSlots());

        List<String> missing = ReferenceMapCheck.callsWithoutMap(maps, onStack.types());

        assertEquals(List.of(), ReferenceMapCheck.callsWithoutMap(onStack.method().referenceMaps(), onStack.types()));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("bci " + valueOf.bci() + ": the call of java/lang/String.valueOf"
                + "(Ljava/lang/Object;)Ljava/lang/String; has no map covering the 1 stack slots"), missing.get(0));
    }
}
