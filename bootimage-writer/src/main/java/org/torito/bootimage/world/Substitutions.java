package org.torito.bootimage.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;

/**
 * Applies substitution classes ({@link org.torito.vm.annotation.TargetClass}) to the classes they target.
 *
 * <p>Each substitution class is read with every substitution class name replaced by its target's (ASM's
 * {@link ClassRemapper}), so its code already speaks of the target. Then its annotated members replace, join
 * or remove the target's members in the target's tree; a substituted method's bytecode offsets are those of
 * the remapped substitution class, whose bytes are kept beside it.
 */
public final class Substitutions {
    static final String LIST = "META-INF/torito/substitutions.list";
    private static final String ANNOTATIONS = "Lorg/torito/vm/annotation/";
    static final String TARGET_CLASS = ANNOTATIONS + "TargetClass;";
    /** Marks a substitute that stands for a native method of the JDK (an invisible annotation, set here). */
    public static final String REPLACES_NATIVE = "Lorg/torito/vm/annotation/ReplacesNative;";

    /** A substitution class, remapped onto its target. */
    private record Substitution(String name, String target, byte[] bytes, ClassNode node) {
    }

    private final Map<String, List<Substitution>> byTarget = new HashMap<>();
    /** Deleted methods ({@code owner.name+descriptor}, internal names) and the substitution that deleted each. */
    private final Map<String, String> deleted = new java.util.concurrent.ConcurrentHashMap<>();
    /** Substitution class names (internal) and renamed methods -> the targets' names. */
    private final SimpleRemapper remapper;
    private final java.util.Set<String> substitutionClasses;

    /** Reads the substitution classes {@code names} (binary names) through {@code raw}. */
    Substitutions(List<String> names, java.util.function.Function<String, byte[]> raw) {
        Map<String, String> targets = new HashMap<>();
        Map<String, byte[]> bytes = new HashMap<>();
        Map<String, String> renames = new HashMap<>();
        for (String binaryName : names) {
            String name = binaryName.replace('.', '/');
            byte[] classBytes = raw.apply(name);
            if (classBytes == null) {
                throw new ImageBuildException("substitution class " + binaryName + " is listed in " + LIST
                        + " but not on the class path");
            }
            ClassNode node = new ClassNode();
            new ClassReader(classBytes).accept(node, ClassReader.SKIP_CODE);
            String target = targetOf(node);
            if (target == null) {
                throw new ImageBuildException("substitution class " + binaryName + " has no @TargetClass");
            }
            targets.put(name, target.replace('.', '/'));
            bytes.put(name, classBytes);
            for (MethodNode m : node.methods) {
                String renamed = targetName(m.invisibleAnnotations);
                if (renamed != null) { // @Substitute(name = ...): read the method under the target's name
                    renames.put(name + "." + m.name + m.desc, renamed);
                }
            }
        }
        Map<String, String> mapping = new HashMap<>(targets);
        mapping.putAll(renames);
        remapper = new SimpleRemapper(mapping);
        substitutionClasses = java.util.Set.copyOf(targets.keySet());
        for (Map.Entry<String, String> e : targets.entrySet()) {
            ClassWriter writer = new ClassWriter(0);
            new ClassReader(bytes.get(e.getKey())).accept(new ClassRemapper(writer, remapper), 0);
            byte[] remapped = writer.toByteArray();
            ClassNode node = new ClassNode();
            new ClassReader(remapped).accept(node, ClassReader.SKIP_FRAMES);
            byTarget.computeIfAbsent(e.getValue(), t -> new ArrayList<>())
                    .add(new Substitution(e.getKey().replace('/', '.'), e.getValue(), remapped, node));
        }
    }

    private static String targetOf(ClassNode node) {
        if (node.invisibleAnnotations != null) {
            for (AnnotationNode a : node.invisibleAnnotations) {
                if (a.desc.equals(TARGET_CLASS)) {
                    return (String) a.values.get(1);
                }
            }
        }
        return null;
    }

    /**
     * {@code bytes} with every reference to a substitution class turned into a reference to its target, so
     * that runtime code can call what substitutions inject into a JDK class (a startup hook on System, say)
     * through the substitution class's name; the same bytes when the class refers to none.
     */
    byte[] remapReferences(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        if (substitutionClasses.contains(reader.getClassName())) {
            return bytes; // read as itself (by tests and tools); its code joins the target through apply
        }
        boolean refers = false;
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount() && !refers; i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && bytes[offset - 1] == 7) { // CONSTANT_Class
                refers = substitutionClasses.contains(reader.readUTF8(offset, buffer));
            }
        }
        if (!refers) {
            return bytes;
        }
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassRemapper(writer, remapper), 0);
        return writer.toByteArray();
    }

    /** The substitution class that deleted method {@code owner.name+descriptor}, or null. */
    String deletedBy(String owner, String name, String descriptor) {
        return deleted.get(owner + "." + name + descriptor);
    }

    /** Whether any substitution targets {@code internalName}. */
    boolean targets(String internalName) {
        return byTarget.containsKey(internalName);
    }

    /**
     * Changes {@code target} as its substitutions say; returns, for every method whose code now comes from a
     * substitution class, the class-file bytes that code is in.
     */
    Map<MethodNode, byte[]> apply(ClassNode target) {
        Map<MethodNode, byte[]> codeSources = new IdentityHashMap<>();
        for (Substitution s : byTarget.getOrDefault(target.name, List.of())) {
            for (MethodNode m : s.node().methods) {
                applyMethod(s, target, m, codeSources);
            }
            for (FieldNode f : s.node().fields) {
                applyField(s, target, f);
            }
        }
        return codeSources;
    }

    private void applyMethod(Substitution s, ClassNode target, MethodNode m, Map<MethodNode, byte[]> sources) {
        String kind = kind(m.invisibleAnnotations);
        MethodNode existing = find(target.methods, m.name, m.desc);
        String member = s.name() + "." + m.name + m.desc;
        if (kind == null) {
            if (m.name.equals("<init>")) {
                return; // the substitution class's own constructor: never used, never copied
            }
            throw new ImageBuildException("substitution member " + member + " has no @Substitute, @Alias,"
                    + " @Inject or @Delete", null, "annotate it with what it should do to " + target.name);
        }
        switch (kind) {
            case "Substitute" -> {
                requireExists(existing, member, target);
                if ((existing.access & Opcodes.ACC_STATIC) != (m.access & Opcodes.ACC_STATIC)) {
                    throw new ImageBuildException("@Substitute " + member + " is "
                            + ((m.access & Opcodes.ACC_STATIC) != 0 ? "static" : "not static") + " but the method it"
                            + " replaces in " + target.name.replace('/', '.') + " is not", null,
                            "match the target's modifiers");
                }
                if ((existing.access & Opcodes.ACC_NATIVE) != 0) { // stack traces show it as native
                    m.visitAnnotation(REPLACES_NATIVE, false);
                }
                target.methods.set(target.methods.indexOf(existing), m);
                sources.put(m, s.bytes());
            }
            case "Alias" -> requireExists(existing, member, target);
            case "Inject" -> {
                if (existing != null) {
                    throw new ImageBuildException("@Inject " + member + " already exists in "
                            + target.name.replace('/', '.'), null, "use @Substitute or another name");
                }
                target.methods.add(m);
                sources.put(m, s.bytes());
            }
            case "Delete" -> {
                requireExists(existing, member, target);
                target.methods.remove(existing);
                deleted.put(target.name + "." + m.name + m.desc, s.name());
            }
            default -> throw new IllegalStateException(kind);
        }
    }

    private void applyField(Substitution s, ClassNode target, FieldNode f) {
        String kind = kind(f.invisibleAnnotations);
        FieldNode existing = null;
        for (FieldNode t : target.fields) {
            if (t.name.equals(f.name) && t.desc.equals(f.desc)) {
                existing = t;
            }
        }
        String member = s.name() + "." + f.name + ":" + f.desc;
        if (kind == null || kind.equals("Substitute")) {
            throw new ImageBuildException("substitution field " + member + " needs @Alias, @Inject or @Delete");
        }
        if (kind.equals("Inject")) {
            if (existing != null) {
                throw new ImageBuildException("@Inject field " + member + " already exists in the target");
            }
            target.fields.add(f);
        } else {
            if (existing == null) {
                throw new ImageBuildException("@" + kind + " field " + member + " has no counterpart in "
                        + target.name.replace('/', '.'), null, "the JDK may have changed: check the field's name and type");
            }
            if (kind.equals("Delete")) {
                target.fields.remove(existing);
            }
        }
    }

    private static void requireExists(MethodNode existing, String member, ClassNode target) {
        if (existing == null) {
            throw new ImageBuildException("substitution " + member + " has no counterpart in "
                    + target.name.replace('/', '.'), null,
                    "the target may have changed: check the method's name, parameters and return type");
        }
    }

    private static MethodNode find(List<MethodNode> methods, String name, String desc) {
        for (MethodNode m : methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        return null;
    }

    /** The {@code name} of a {@code @Substitute(name = ...)}, or null. */
    private static String targetName(List<AnnotationNode> annotations) {
        if (annotations != null) {
            for (AnnotationNode a : annotations) {
                if (a.desc.equals(ANNOTATIONS + "Substitute;") && a.values != null) {
                    for (int i = 0; i + 1 < a.values.size(); i += 2) {
                        if ("name".equals(a.values.get(i)) && !"".equals(a.values.get(i + 1))) {
                            return (String) a.values.get(i + 1);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String kind(List<AnnotationNode> annotations) {
        if (annotations != null) {
            for (AnnotationNode a : annotations) {
                if (a.desc.startsWith(ANNOTATIONS) && !a.desc.equals(TARGET_CLASS)) {
                    return a.desc.substring(ANNOTATIONS.length(), a.desc.length() - 1);
                }
            }
        }
        return null;
    }
}
