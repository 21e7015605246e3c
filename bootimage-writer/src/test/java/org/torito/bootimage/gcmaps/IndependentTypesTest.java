package org.torito.bootimage.gcmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The independent analysis gives the frames JVMS §4.10 and §6.5 say, on hand-made bytecode: frames are
 * printed one letter per slot, R reference, N non-reference, - unusable ({@link FrameTypes#toString}).
 */
class IndependentTypesTest {
    private static final int STATIC = Opcodes.ACC_STATIC;

    private static IndependentTypes analyze(HandMadeMethod method) {
        return IndependentTypes.analyze(method.code());
    }

    // ------------------------------------------------------------------------------------------------
    // Entry
    // ------------------------------------------------------------------------------------------------

    @Test
    void entry_instanceMethod_thisThenArgumentsBySlotThenUnusable() {
        HandMadeMethod method = HandMadeMethod.of(0, "(JLjava/lang/String;[ID)V", 0, 8,
                m -> m.visitInsn(Opcodes.RETURN));

        IndependentTypes types = analyze(method);

        assertEquals("locals [R N N R R N N -] stack []", types.entry().toString());
        assertEquals(types.entry(), types.before(0));
    }

    @Test
    void entry_staticMethod_hasNoThis() {
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(ZLjava/lang/Object;)V", 0, 3,
                m -> m.visitInsn(Opcodes.RETURN));

        assertEquals("locals [N R -] stack []", analyze(method).entry().toString());
    }

    @Test
    void entry_loopAtOffsetZero_staysTheEntryWhileOffsetZeroMerges() {
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Ljava/lang/Object;)V", 1, 1, m -> {
            Label top = new Label();
            m.visitLabel(top);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 0); // the argument's slot now holds an int
            m.visitJumpInsn(Opcodes.GOTO, top);
        });

        IndependentTypes types = analyze(method);

        assertEquals("locals [R] stack []", types.entry().toString());
        assertEquals("locals [-] stack []", types.before(0).toString());
    }

    // ------------------------------------------------------------------------------------------------
    // Instructions
    // ------------------------------------------------------------------------------------------------

    @Test
    void ldc_kindComesFromTheConstantPoolTag() {
        Label end = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()V", 6, 0, m -> {
            m.visitLdcInsn("a string");
            m.visitLdcInsn(70000);                                  // CONSTANT_Integer
            m.visitLdcInsn(5L);                                     // ldc2_w CONSTANT_Long
            m.visitLdcInsn(Type.getType("Ljava/lang/Object;"));     // CONSTANT_Class
            m.visitLdcInsn(1.5f);                                   // CONSTANT_Float
            m.visitLabel(end);
            m.visitInsn(Opcodes.RETURN);
        });

        IndependentTypes types = analyze(method);

        assertEquals("locals [] stack [R N N N R N]", types.before(end.getOffset()).toString());
    }

    @Test
    void dupFamily_movesSlotsNotValues() {
        Label afterDup2X1 = new Label();
        Label afterDupX2 = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Ljava/lang/Object;J)V", 9, 3, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitVarInsn(Opcodes.LLOAD, 1);
            m.visitInsn(Opcodes.DUP2_X1);            // ..., ref, long -> ..., long, ref, long
            m.visitLabel(afterDup2X1);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.SWAP);               // ..., long, ref, long's padding, null, long's value
            m.visitInsn(Opcodes.DUP_X2);
            m.visitLabel(afterDupX2);
            m.visitInsn(Opcodes.RETURN);
        });

        IndependentTypes types = analyze(method);

        assertEquals("locals [R N N] stack [N N R N N]", types.before(afterDup2X1.getOffset()).toString());
        assertEquals("locals [R N N] stack [N N R N N R N]", types.before(afterDupX2.getOffset()).toString());
    }

    @Test
    void invoke_popsArgumentsByDescriptorAndTheReceiver() {
        Label after = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Ljava/lang/Object;)V", 5, 1, m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitInsn(Opcodes.LCONST_0);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "Some", "call", "(JLjava/lang/Object;)[I", false);
            m.visitLabel(after);
            m.visitInsn(Opcodes.RETURN);
        });

        assertEquals("locals [R] stack [R R]", analyze(method).before(after.getOffset()).toString());
    }

    @Test
    void multianewarray_popsEveryCount() {
        Label after = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()V", 3, 0, m -> {
            m.visitInsn(Opcodes.ICONST_1);
            m.visitInsn(Opcodes.ICONST_2);
            m.visitInsn(Opcodes.ICONST_3);
            m.visitMultiANewArrayInsn("[[[J", 2);
            m.visitLabel(after);
            m.visitInsn(Opcodes.RETURN);
        });

        assertEquals("locals [] stack [N R]", analyze(method).before(after.getOffset()).toString());
    }

    @Test
    void wide_loadsStoresAndIincOfHighLocals() {
        Label end = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()Ljava/lang/Object;", 1, 300, m -> {
            m.visitIntInsn(Opcodes.SIPUSH, 1000);
            m.visitVarInsn(Opcodes.ISTORE, 299);     // wide istore: four bytes
            m.visitIincInsn(299, 1000);              // wide iinc: six bytes
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 298);     // wide astore
            m.visitVarInsn(Opcodes.ALOAD, 298);      // wide aload
            m.visitLabel(end);
            m.visitInsn(Opcodes.ARETURN);
        });

        FrameTypes last = analyze(method).before(end.getOffset());

        assertEquals(SlotKind.REFERENCE, last.local(298));
        assertEquals(SlotKind.NON_REFERENCE, last.local(299));
        assertEquals(1, last.stackDepth());
        assertEquals(SlotKind.REFERENCE, last.stackSlot(0));
    }

    // ------------------------------------------------------------------------------------------------
    // Control flow
    // ------------------------------------------------------------------------------------------------

    @Test
    void merge_referenceOnOnePathIntOnTheOther_isUnusable() {
        Label otherwise = new Label();
        Label join = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Z)V", 1, 3, m -> {
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, otherwise);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 2);
            m.visitJumpInsn(Opcodes.GOTO, join);
            m.visitLabel(otherwise);
            m.visitInsn(Opcodes.ICONST_3);
            m.visitVarInsn(Opcodes.ISTORE, 1);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 2);
            m.visitLabel(join);
            m.visitInsn(Opcodes.RETURN);
        });

        assertEquals("locals [N - R] stack []", analyze(method).before(join.getOffset()).toString());
    }

    @Test
    void handler_startsWithTheExceptionAndTheLocalsBeforeEachCoveredInstruction() {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Ljava/lang/Object;)V", 1, 2, m -> {
            m.visitTryCatchBlock(start, end, handler, null);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitLabel(start);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 1);       // last covered: its store happens after any throw
            m.visitLabel(end);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(handler);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        });

        assertEquals("locals [R R] stack [R]", analyze(method).before(handler.getOffset()).toString());
    }

    @Test
    void handler_coveringAnInstructionAfterTheStore_mergesItsLocalsToo() {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(Ljava/lang/Object;)V", 1, 2, m -> {
            m.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitLabel(start);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 1);
            m.visitInsn(Opcodes.RETURN);             // covered, with local 1 an int
            m.visitLabel(end);
            m.visitLabel(handler);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        });

        assertEquals("locals [R -] stack [R]", analyze(method).before(handler.getOffset()).toString());
    }

    @Test
    void switches_reachEveryTargetAndNotTheNextInstruction() {
        Label one = new Label();
        Label two = new Label();
        Label other = new Label();
        Label dead = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(I)V", 1, 1, m -> {
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitTableSwitchInsn(1, 2, other, one, two);
            m.visitLabel(dead);
            m.visitInsn(Opcodes.NOP);
            m.visitLabel(one);
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitLookupSwitchInsn(other, new int[] {7}, new Label[] {two});
            m.visitLabel(two);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(other);
            m.visitInsn(Opcodes.RETURN);
        });

        IndependentTypes types = analyze(method);

        assertNull(types.before(dead.getOffset()), "nothing flows to the nop after a switch");
        assertNotNull(types.before(one.getOffset()));
        assertNotNull(types.before(two.getOffset()));
        assertNotNull(types.before(other.getOffset()));
        assertNull(types.before(2), "inside the tableswitch at 1: no instruction");
    }

    // ------------------------------------------------------------------------------------------------
    // Rejected bytecode
    // ------------------------------------------------------------------------------------------------

    @Test
    void jsr_isRejectedNamingItAndItsBci() {
        Label subroutine = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()V", 1, 1, m -> {
            m.visitInsn(Opcodes.NOP);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 0);
            m.visitVarInsn(Opcodes.RET, 0);
        });

        IndependentTypes.RejectedException e = assertThrows(IndependentTypes.RejectedException.class,
                () -> analyze(method));

        assertEquals(1, e.bci());
        assertEquals("HandMade.m()V", e.method());
        assertTrue(e.getMessage().startsWith("HandMade.m()V at bci 1: jsr: subroutines are not analysed"),
                e.getMessage());
    }

    @Test
    void getfieldOfAnInt_isRejected() {
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitFieldInsn(Opcodes.GETFIELD, "Some", "field", "I");
            m.visitInsn(Opcodes.RETURN);
        });

        IndependentTypes.RejectedException e = assertThrows(IndependentTypes.RejectedException.class,
                () -> analyze(method));

        assertEquals("HandMade.m()V at bci 1: getfield pops NON_REFERENCE from stack slot 0 where REFERENCE "
                + "is needed", e.getMessage());
    }

    @Test
    void returnOfTheWrongKind_isRejected() {
        HandMadeMethod method = HandMadeMethod.of(STATIC, "()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ARETURN);
        });

        IndependentTypes.RejectedException e = assertThrows(IndependentTypes.RejectedException.class,
                () -> analyze(method));

        assertEquals("HandMade.m()V at bci 1: areturn in a method returning V", e.getMessage());
    }

    @Test
    void stacksOfDifferentDepthsMeeting_isRejected() {
        Label join = new Label();
        HandMadeMethod method = HandMadeMethod.of(STATIC, "(I)V", 1, 1, m -> {
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, join);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitLabel(join);
            m.visitInsn(Opcodes.RETURN);
        });

        IndependentTypes.RejectedException e = assertThrows(IndependentTypes.RejectedException.class,
                () -> analyze(method));

        assertTrue(e.getMessage().contains("depths differ"), e.getMessage());
    }
}
