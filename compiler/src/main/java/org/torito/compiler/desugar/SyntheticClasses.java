package org.torito.compiler.desugar;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** The class writer for the classes desugaring generates. */
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
}
