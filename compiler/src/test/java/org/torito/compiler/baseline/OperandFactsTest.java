package org.torito.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which checks the compiler may leave out: null checks of operands never null on any path, bounds checks of
 * constant indexes into arrays of constant length, aastore checks of values the array always accepts. A
 * wrong answer would let a null, an index or a value through, so each rule has a case where it must not
 * apply.
 */
class OperandFactsTest {
    private static final String OWNER = "p/Thing";

    /** The opcodes, in order, of the instructions whose checked operand is proven non-null. */
    private static List<Integer> proven(int access, String descriptor, int maxStack, int maxLocals,
                                        Consumer<MethodNode> code) {
        MethodNode method = new MethodNode(access, "m", descriptor, null, null);
        code.accept(method);
        method.visitMaxs(maxStack, maxLocals);
        OperandFacts nonNull = OperandFacts.of(OWNER, method);
        List<Integer> opcodes = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (nonNull.checkedOperandIsNonNull(insn)) {
                opcodes.add(insn.getOpcode());
            }
        }
        return opcodes;
    }

    @Test
    void thisInAnInstanceMethod_isNeverNull() {
        assertEquals(List.of(Opcodes.GETFIELD), proven(0, "()I", 1, 1, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitFieldInsn(Opcodes.GETFIELD, OWNER, "f", "I");
            m.visitInsn(Opcodes.IRETURN);
        }));
    }

    @Test
    void localZeroOfAStaticMethod_mayBeNull() {
        assertEquals(List.of(), proven(Opcodes.ACC_STATIC, "(Lp/Thing;)I", 1, 1, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitFieldInsn(Opcodes.GETFIELD, OWNER, "f", "I");
            m.visitInsn(Opcodes.IRETURN);
        }));
    }

    @Test
    void localZeroOverwritten_mayBeNull() {
        assertEquals(List.of(), proven(0, "(Lp/Thing;)I", 1, 2, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitVarInsn(Opcodes.ASTORE, 0);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitFieldInsn(Opcodes.GETFIELD, OWNER, "f", "I");
            m.visitInsn(Opcodes.IRETURN);
        }));
    }

    @Test
    void newObjectThroughDupAndConstant_areNeverNull_anArgumentMayBe() {
        assertEquals(List.of(Opcodes.INVOKESPECIAL, Opcodes.INVOKEVIRTUAL), proven(0, "(Ljava/lang/String;)V", 2, 2,
                m -> {
                    m.visitTypeInsn(Opcodes.NEW, OWNER);
                    m.visitInsn(Opcodes.DUP);
                    m.visitMethodInsn(Opcodes.INVOKESPECIAL, OWNER, "<init>", "()V", false);
                    m.visitInsn(Opcodes.POP);
                    m.visitLdcInsn("text");
                    m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
                    m.visitInsn(Opcodes.POP);
                    m.visitVarInsn(Opcodes.ALOAD, 1);
                    m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
                    m.visitInsn(Opcodes.POP);
                    m.visitInsn(Opcodes.RETURN);
                }));
    }

    @Test
    void receiverUnderArguments_isTheOneChecked() {
        assertEquals(List.of(Opcodes.INVOKEVIRTUAL), proven(0, "(Ljava/lang/Object;)V", 2, 2, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);      // this.equals(argument): receiver never null
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "equals", "(Ljava/lang/Object;)Z", false);
            m.visitInsn(Opcodes.POP);
            m.visitVarInsn(Opcodes.ALOAD, 1);      // argument.equals(this): receiver may be null
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "equals", "(Ljava/lang/Object;)Z", false);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        }));
    }

    @Test
    void valueFromTwoPaths_isNeverNullOnlyIfNeverNullOnBoth() {
        assertEquals(List.of(Opcodes.ARRAYLENGTH), proven(Opcodes.ACC_STATIC, "(Z[I)I", 2, 3, m -> {
            Label other = new Label();
            Label join = new Label();
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, other);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitJumpInsn(Opcodes.GOTO, join);
            m.visitLabel(other);
            m.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
            m.visitInsn(Opcodes.ICONST_2);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitLabel(join);
            m.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {"[I"});
            m.visitInsn(Opcodes.ARRAYLENGTH);      // new on both paths
            m.visitVarInsn(Opcodes.ISTORE, 2);
            Label second = new Label();
            Label merged = new Label();
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, second);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitJumpInsn(Opcodes.GOTO, merged);
            m.visitLabel(second);
            m.visitFrame(Opcodes.F_APPEND, 1, new Object[] {Opcodes.INTEGER}, 0, null);
            m.visitVarInsn(Opcodes.ALOAD, 1);      // the argument on this path
            m.visitLabel(merged);
            m.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {"[I"});
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IALOAD);           // may be null
            m.visitInsn(Opcodes.IRETURN);
        }));
    }

    @Test
    void castOfANewArray_isNeverNull_aCastArgumentMayBe() {
        assertEquals(List.of(Opcodes.ARRAYLENGTH), proven(Opcodes.ACC_STATIC, "(Ljava/lang/Object;)I", 1, 1, m -> {
            m.visitInsn(Opcodes.ICONST_1);
            m.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            m.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
            m.visitInsn(Opcodes.ARRAYLENGTH);
            m.visitInsn(Opcodes.POP);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
            m.visitInsn(Opcodes.ARRAYLENGTH);
            m.visitInsn(Opcodes.IRETURN);
        }));
    }

    /** The opcodes whose index is proven in bounds, then those of aastores proven to need no type check. */
    private static List<List<Integer>> arrayFacts(String descriptor, int maxStack, int maxLocals,
                                                  Consumer<MethodNode> code) {
        MethodNode method = new MethodNode(Opcodes.ACC_STATIC, "m", descriptor, null, null);
        code.accept(method);
        method.visitMaxs(maxStack, maxLocals);
        OperandFacts facts = OperandFacts.of(OWNER, method);
        List<Integer> inBounds = new ArrayList<>();
        List<Integer> untyped = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (facts.indexIsInBounds(insn)) {
                inBounds.add(insn.getOpcode());
            }
            if (facts.storeNeedsNoTypeCheck(insn)) {
                untyped.add(insn.getOpcode());
            }
        }
        return List.of(inBounds, untyped);
    }

    private static void store(MethodNode m, int index, Runnable value) {
        m.visitInsn(Opcodes.DUP);
        m.visitIntInsn(Opcodes.BIPUSH, index);
        value.run();
        m.visitInsn(Opcodes.AASTORE);
    }

    @Test
    void arrayInitializerOfConstants_needsNoChecks_butAnIndexPastTheLengthAndAnArgumentDo() {
        List<List<Integer>> facts = arrayFacts("(Ljava/lang/Object;)[Ljava/lang/Object;", 4, 1, m -> {
            m.visitInsn(Opcodes.ICONST_3);
            m.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/CharSequence");
            store(m, 0, () -> m.visitLdcInsn("a"));                // in bounds, a string: no checks
            store(m, 2, () -> m.visitInsn(Opcodes.ACONST_NULL));   // in bounds, null: no checks
            store(m, 3, () -> m.visitLdcInsn("b"));                // past the end: bounds check
            store(m, 1, () -> m.visitVarInsn(Opcodes.ALOAD, 0));   // any object: type check
            m.visitInsn(Opcodes.ARETURN);
        });
        assertEquals(List.of(Opcodes.AASTORE, Opcodes.AASTORE, Opcodes.AASTORE), facts.get(0));
        assertEquals(List.of(Opcodes.AASTORE, Opcodes.AASTORE, Opcodes.AASTORE), facts.get(1));
    }

    @Test
    void stringIntoAnArrayOfAnotherType_isChecked() {
        List<List<Integer>> facts = arrayFacts("()[Ljava/lang/Object;", 4, 0, m -> {
            m.visitInsn(Opcodes.ICONST_1);
            m.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Integer");
            store(m, 0, () -> m.visitLdcInsn("not an Integer")); // ArrayStoreException at run time
            m.visitInsn(Opcodes.ARETURN);
        });
        assertEquals(List.of(Opcodes.AASTORE), facts.get(0));
        assertEquals(List.of(), facts.get(1));
    }

    @Test
    void lengthOrIndexNotConstant_keepsTheBoundsCheck() {
        List<List<Integer>> facts = arrayFacts("(II)I", 3, 2, m -> {
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);   // length from the argument
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IALOAD);
            m.visitInsn(Opcodes.ICONST_4);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitVarInsn(Opcodes.ILOAD, 1);                  // index from the argument
            m.visitInsn(Opcodes.IALOAD);
            m.visitInsn(Opcodes.IADD);
            m.visitInsn(Opcodes.ICONST_4);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitInsn(Opcodes.ICONST_M1);                    // negative
            m.visitInsn(Opcodes.IALOAD);
            m.visitInsn(Opcodes.IADD);
            m.visitInsn(Opcodes.ICONST_4);
            m.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            m.visitInsn(Opcodes.ICONST_3);                     // the last element: in bounds
            m.visitInsn(Opcodes.IALOAD);
            m.visitInsn(Opcodes.IADD);
            m.visitInsn(Opcodes.IRETURN);
        });
        assertEquals(List.of(Opcodes.IALOAD), facts.get(0));
    }
}
