package org.torito.bootimage.gcmaps;

import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class of one method whose bytecode a test writes instruction by instruction (ASM's {@link MethodVisitor}),
 * for shapes javac never produces. By default the class file has version 49 (Java 5): no StackMapTable is
 * needed, and {@code jsr} is still allowed; from version 50 on the body visits its own frames (nothing is
 * computed). After {@link #of}, the test's {@link org.objectweb.asm.Label}s know their offsets
 * ({@code getOffset()}).
 */
record HandMadeMethod(byte[] classFile, String name, String descriptor) {
    static final String OWNER = "HandMade";

    HandMadeMethod {
        classFile = classFile.clone();
    }

    static HandMadeMethod of(int access, String descriptor, int maxStack, int maxLocals, Consumer<MethodVisitor> body) {
        return of(Opcodes.V1_5, access, descriptor, maxStack, maxLocals, body);
    }

    static HandMadeMethod of(int version, int access, String descriptor, int maxStack, int maxLocals,
                             Consumer<MethodVisitor> body) {
        ClassWriter writer = new ClassWriter(0); // maxima and frames as given, nothing computed
        writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, OWNER, null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(access, "m", descriptor, null, null);
        method.visitCode();
        body.accept(method);
        method.visitMaxs(maxStack, maxLocals);
        method.visitEnd();
        writer.visitEnd();
        return new HandMadeMethod(writer.toByteArray(), "m", descriptor);
    }

    @Override
    public byte[] classFile() {
        return classFile.clone();
    }

    /** The method as the checker reads it. */
    MethodCode code() {
        return MethodCode.read(classFile, name, descriptor);
    }

    /**
     * The class loaded into the host JVM and initialized, so that HotSpot verifies it (JVMS §4.10, §5.4.1);
     * throws {@link VerifyError} if it does not verify.
     */
    Class<?> loadAndVerify() throws ClassNotFoundException {
        byte[] bytes = classFile;
        ClassLoader loader = new ClassLoader(HandMadeMethod.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(OWNER)) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return Class.forName(OWNER, true, loader);
    }

    /** The method as the compiler reads it. */
    MethodNode node() {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        return node.methods.get(0);
    }
}
