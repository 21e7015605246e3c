package org.torito.bootimage.gcmaps;

import java.util.function.Consumer;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Frames around calls that javac rarely or never makes, written by hand ({@link HandMadeMethod}): the corpus
 * of real methods cannot tell the compiler's maps right from wrong on them. Each calls JDK methods that the
 * compiler can link, so that every frame shown has a map, and each passes HotSpot's verifier. The first ones
 * are known compiler bugs ({@link #knownDisagreement}).
 */
enum HandMadeShape {
    /**
     * Known compiler bug. A handler uses local 1 after a call, and the store that ends its try range turns
     * local 1 from a reference into an int. An exception can only be thrown before that store completes, so
     * whenever the handler runs local 1 holds the reference; JVMS §4.10.1.6 checks handlers against the frame
     * before each covered instruction (HotSpot's verifier too), so this verifies and runs. The compiler's
     * maps in the handler leave local 1 out: ASM 9.8's Analyzer, which they come from, also merges the frame
     * after each covered instruction into the handler. (At bci 17 the argument, local 1's value, is on the
     * stack during the class-initialization check of System, and is left out there too.)
     */
    HANDLER_USES_A_LOCAL_THE_TRY_RETYPES_LAST(Opcodes.V1_7, Opcodes.ACC_STATIC, "(Ljava/lang/Object;)V", 1, 2,
            "(local 1|stack slot 0): map says no reference, independent analysis says REFERENCE", m -> {
                Label start = new Label();
                Label end = new Label();
                Label handler = new Label();
                m.visitTryCatchBlock(start, end, handler, "java/lang/RuntimeException");
                m.visitVarInsn(Opcodes.ALOAD, 0);
                m.visitVarInsn(Opcodes.ASTORE, 1);
                m.visitLabel(start);
                m.visitVarInsn(Opcodes.ALOAD, 1);
                requireNonNull(m);                     // throws for a null argument
                m.visitInsn(Opcodes.POP);
                m.visitInsn(Opcodes.ICONST_0);
                m.visitVarInsn(Opcodes.ISTORE, 1);     // last covered instruction: cannot throw
                m.visitLabel(end);
                m.visitInsn(Opcodes.RETURN);
                m.visitLabel(handler);
                m.visitFrame(Opcodes.F_FULL, 2, new Object[] {"java/lang/Object", "java/lang/Object"}, 1,
                        new Object[] {"java/lang/RuntimeException"});
                m.visitInsn(Opcodes.POP);
                m.visitVarInsn(Opcodes.ALOAD, 0);
                identityHashCode(m);                   // may collect: local 1 is live
                m.visitInsn(Opcodes.POP);
                m.visitVarInsn(Opcodes.ALOAD, 1);
                identityHashCode(m);
                m.visitInsn(Opcodes.POP);
                m.visitInsn(Opcodes.RETURN);
            }),
    /**
     * Known compiler bug. A loop starts at offset 0 and stores an int into the argument's slot. The prologue's
     * stack check (bci -1) runs in the entry frame, where local 0 is the argument, but the compiler's map there
     * leaves it out: it takes ASM's frame of instruction 0, which merges the entry with the jump back. The
     * frame at 0 declares local 0 Top, which the entry frame is assignable to, so this verifies.
     */
    LOOP_AT_OFFSET_ZERO_OVERWRITES_AN_ARGUMENT(Opcodes.V1_7, Opcodes.ACC_STATIC, "(Ljava/lang/Object;)V", 1, 1,
            "bci -1 \\(return offset 0x\\p{XDigit}+\\): local 0: map says no reference, independent analysis says "
                    + "REFERENCE", m -> {
                Label top = new Label();
                m.visitLabel(top);
                m.visitFrame(Opcodes.F_FULL, 1, new Object[] {Opcodes.TOP}, 0, new Object[0]);
                m.visitInsn(Opcodes.ICONST_0);
                m.visitVarInsn(Opcodes.ISTORE, 0);
                m.visitInsn(Opcodes.ACONST_NULL);  // a call: a leaf would have no stack check, so no map at -1
                identityHashCode(m);
                m.visitInsn(Opcodes.POP);
                m.visitJumpInsn(Opcodes.GOTO, top);
            }),
    /** dup2_x2 moves a long's two slots under two references: the call sees refs at stack slots 2 and 3. */
    DUP2_X2_OVER_REFERENCES(Opcodes.V1_5, Opcodes.ACC_STATIC, "(Ljava/lang/Object;J)V", 7, 3, null, m -> {
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.LLOAD, 1);
        m.visitInsn(Opcodes.DUP2_X2);            // ref, ref, long -> long, ref, ref, long
        m.visitVarInsn(Opcodes.ALOAD, 0);
        identityHashCode(m);
        m.visitInsn(Opcodes.POP);
        m.visitInsn(Opcodes.POP2);
        m.visitInsn(Opcodes.SWAP);               // the two references trade places
        m.visitVarInsn(Opcodes.ALOAD, 0);
        identityHashCode(m);
        m.visitInsn(Opcodes.POP);
        m.visitInsn(Opcodes.POP2);
        m.visitInsn(Opcodes.POP2);
        m.visitInsn(Opcodes.RETURN);
    }),
    /** A reference stored into the second slot of a long argument: local 0 (the first half) is no reference. */
    LONG_HALF_OVERWRITTEN(Opcodes.V1_5, Opcodes.ACC_STATIC, "(J)V", 1, 2, null, m -> {
        m.visitInsn(Opcodes.ACONST_NULL);
        m.visitVarInsn(Opcodes.ASTORE, 1);
        m.visitVarInsn(Opcodes.ALOAD, 1);
        requireNonNull(m);
        m.visitInsn(Opcodes.POP);
        m.visitInsn(Opcodes.RETURN);
    }),
    /** An object between new and its constructor, twice on the stack while its argument is computed. */
    UNINITIALIZED_OBJECT_ACROSS_A_CALL(Opcodes.V1_5, Opcodes.ACC_STATIC, "(Ljava/lang/Object;)Ljava/lang/Object;",
            3, 1, null, m -> {
        m.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
        m.visitInsn(Opcodes.DUP);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        identityHashCode(m);
        m.visitInsn(Opcodes.POP);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        m.visitInsn(Opcodes.ARETURN);
    });

    final int version;
    final int access;
    final String descriptor;
    final int maxStack;
    final int maxLocals;
    /** For a known compiler bug: a pattern found in each disagreement the check reports; null for a correct shape. */
    final String knownDisagreement;
    final Consumer<MethodVisitor> body;

    HandMadeShape(int version, int access, String descriptor, int maxStack, int maxLocals, String knownDisagreement,
                  Consumer<MethodVisitor> body) {
        this.version = version;
        this.knownDisagreement = knownDisagreement;
        this.access = access;
        this.descriptor = descriptor;
        this.maxStack = maxStack;
        this.maxLocals = maxLocals;
        this.body = body;
    }

    HandMadeMethod method() {
        return HandMadeMethod.of(version, access, descriptor, maxStack, maxLocals, body);
    }

    private static void identityHashCode(MethodVisitor m) { // ..., object -> ..., int
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I",
                false);
    }

    private static void requireNonNull(MethodVisitor m) { // ..., object -> ..., object
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "requireNonNull",
                "(Ljava/lang/Object;)Ljava/lang/Object;", false);
    }
}
