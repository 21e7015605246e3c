package org.torito.bootimage.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.bootimage.world.ClassPath;
import org.torito.compiler.baseline.BytecodeOffsets;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.NullCheck;
import org.torito.vm.runtime.CodeMap;

/**
 * The null check tables of the method table and the texts they share ({@link CodeMap}, NULL_CHECKS): for
 * each null check the compiler emitted ({@link NullCheck}), the helpful message {@link NullPointerMessages}
 * words from the method's bytecode, so that the run time only looks it up. Checks that never see a message are
 * left out: where the instruction throws none of its own (code desugared from {@code invokedynamic}), or its
 * operand cannot be null ({@link NullPointerMessages#ofChecks}).
 *
 * <p>Messages repeat a lot ({@code Cannot invoke "String.length()"}, {@code because "this.table" is null}),
 * so each is kept as its action and its cause, two {@link NullPointerMessages.Part parts}, and a part as a
 * reference to its subject and its wording: subjects and the few wordings are texts stored once for the
 * image, the subjects most checks use first, where their references are shortest. Every method is
 * {@link #add added} before the {@link #region} is laid out.
 */
final class NullCheckTables {
    /** A check with a message: where its trap call returns, and the message. */
    private record Site(int returnOffset, NullPointerMessages.Message message) {
    }

    /** A method's checks with a message, by return offset. */
    private record Checks(CompiledMethod method, List<Site> sites) {
    }

    private final ClassPath classPath;
    /** The methods that have checks with a message, in the order they were added. */
    private final List<Checks> methods = new ArrayList<>();
    /** How many parts use each subject. */
    private final Map<String, Integer> uses = new HashMap<>();
    /** The wordings, {@code before} and {@code after} a subject, by index; the first is none at all. */
    private final Map<List<String>, Integer> forms = new LinkedHashMap<>(Map.of(List.of("", ""), 0));
    private final Map<CompiledMethod, Integer> tableOffsets = new IdentityHashMap<>();
    private byte[] region;
    private int textsOffset;
    private int checks;

    NullCheckTables(ClassPath classPath) {
        this.classPath = classPath;
    }

    /** Words the messages of {@code m}'s null checks from the bytecode the class path has for it. */
    void add(CompiledMethod m) {
        if (m.nullChecks().isEmpty()) {
            return;
        }
        String name = m.method().name();
        String descriptor = m.method().descriptor();
        ClassPath.ClassFile file = classPath.find(m.method().owner()).orElseThrow();
        MethodNode node = file.node().methods.stream()
                .filter(n -> n.name.equals(name) && n.desc.equals(descriptor)).findFirst().orElseThrow();
        int[] offsets = BytecodeOffsets.of(file.bytesOf(node), name, descriptor);
        Map<Integer, AbstractInsnNode> instructionAt = new HashMap<>();
        int index = 0;
        for (AbstractInsnNode insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() >= 0) {
                instructionAt.put(offsets[index++], insn);
            }
        }
        Map<AbstractInsnNode, NullPointerMessages.Message> messages = NullPointerMessages.ofChecks(node,
                m.nullChecks().stream().map(check -> instructionAt.get(check.bci())).toList());
        List<Site> list = new ArrayList<>();
        for (NullCheck check : m.nullChecks()) {
            NullPointerMessages.Message message = messages.get(instructionAt.get(check.bci()));
            if (message != null) {
                list.add(new Site(check.returnOffset(), message));
                count(message.action());
                if (message.cause() != null) {
                    count(message.cause());
                }
            }
        }
        list.sort(Comparator.comparingInt(Site::returnOffset));
        if (!list.isEmpty()) {
            methods.add(new Checks(m, list));
            checks += list.size();
        }
    }

    private void count(NullPointerMessages.Part part) {
        uses.merge(part.subject(), 1, Integer::sum);
        forms.putIfAbsent(List.of(part.before(), part.after()), forms.size());
        if (forms.size() > CodeMap.NULL_CHECK_FORMS) {
            throw new ImageBuildException("the null check messages have more than " + CodeMap.NULL_CHECK_FORMS
                    + " wordings: " + forms.keySet(), null, "raise CodeMap.NULL_CHECK_FORMS");
        }
    }

    /**
     * The tables and the texts as one region, tables first: per method the count of its checks with a
     * message, then per check its return offset's distance from the previous one's, its action and its
     * cause plus one (0 for none), as unsigned LEB128; then the texts, the wordings first, then the
     * subjects. Lays the region out on the first call.
     */
    byte[] region() {
        if (region != null) {
            return region;
        }
        ByteArrayOutputStream textBytes = new ByteArrayOutputStream();
        List<List<String>> wordings = new ArrayList<>(forms.keySet());
        for (int form = 0; form < CodeMap.NULL_CHECK_FORMS; form++) {
            for (String text : form < wordings.size() ? wordings.get(form) : List.of("", "")) {
                writeText(textBytes, text);
            }
        }
        List<String> subjects = new ArrayList<>(uses.keySet());
        subjects.sort(Comparator.comparingInt((String t) -> -uses.get(t)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> subjectOffsets = new HashMap<>();
        for (String subject : subjects) {
            subjectOffsets.put(subject, textBytes.size());
            writeText(textBytes, subject);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Checks method : methods) {
            tableOffsets.put(method.method(), out.size());
            Leb128.writeUnsigned(out, method.sites().size());
            int previous = 0;
            for (Site site : method.sites()) {
                Leb128.writeUnsigned(out, site.returnOffset() - previous);
                Leb128.writeUnsigned(out, part(site.message().action(), subjectOffsets));
                NullPointerMessages.Part cause = site.message().cause();
                Leb128.writeUnsigned(out, cause == null ? 0 : part(cause, subjectOffsets) + 1);
                previous = site.returnOffset();
            }
        }
        textsOffset = out.size();
        out.writeBytes(textBytes.toByteArray());
        region = out.toByteArray();
        return region;
    }

    /** A part as the tables store it: where its subject starts in the texts, times the forms, plus its form. */
    private int part(NullPointerMessages.Part part, Map<String, Integer> subjectOffsets) {
        return subjectOffsets.get(part.subject()) * CodeMap.NULL_CHECK_FORMS
                + forms.get(List.of(part.before(), part.after()));
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    /** Where {@code m}'s table starts in the {@link #region}, or -1 when none of its checks has a message. */
    int tableOffset(CompiledMethod m) {
        region();
        return tableOffsets.getOrDefault(m, -1);
    }

    /** Where the texts start in the {@link #region}: what {@link CodeMap#nullCheckTexts} points at. */
    int textsOffset() {
        region();
        return textsOffset;
    }

    /** How many null checks have a message. */
    int checks() {
        return checks;
    }

    /** How many distinct subjects the messages have. */
    int subjectCount() {
        return uses.size();
    }
}
