package org.torito.compiler.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The classes desugaring generates: their class writer, and the replacement of a call site by a call to a
 * static method of a class generated for it.
 */
final class SyntheticClasses {
    private SyntheticClasses() {
    }

    /** A writer for final synthetic class {@code name} extending Object and implementing {@code interfaces}. */
    static ClassWriter start(String name, String... interfaces) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // the generated code never merges two reference types at a branch
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_SUPER, name, null,
                "java/lang/Object", interfaces);
        return cw;
    }

    /** The class generated for one call site, and the static method of it that the site calls instead. */
    record Replacement(String className, byte[] classFile, String methodName) {
    }

    /**
     * Replaces each call site of {@code method} that {@code matches} by an invokestatic, with the call site's
     * descriptor, of the class {@code replacement} generates for it (given the site and its index among the
     * matching sites); defines that class through {@code generated} and enters each new call in
     * {@code origins} with the call site it replaces.
     */
    static void replaceSites(MethodNode method, Predicate<AbstractInsnNode> matches,
                             BiFunction<InvokeDynamicInsnNode, Integer, Replacement> replacement,
                             GeneratedClasses generated, Map<AbstractInsnNode, AbstractInsnNode> origins) {
        List<InvokeDynamicInsnNode> sites = new ArrayList<>();
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (matches.test(insn)) {
                sites.add((InvokeDynamicInsnNode) insn);
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            InvokeDynamicInsnNode site = sites.get(i);
            Replacement r = replacement.apply(site, i);
            generated.define(r.className(), r.classFile());
            MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, r.className(), r.methodName(), site.desc,
                    false);
            origins.put(call, origins.getOrDefault(site, site));
            method.instructions.set(site, call);
        }
    }
}
