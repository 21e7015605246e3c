package org.torito.compiler.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.RAX;
import static org.torito.compiler.asm.Gpr.RBX;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Labels, jump sizing, alignment, data, relocations and errors of {@link Assembler}. */
class AssemblerTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static void nops(Assembler a, int count) {
        a.data(new byte[count]);
    }

    @Nested
    class Labels {
        @Test
        void backwardJump_withinAByte_isShort() {
            Assembler a = new Assembler(Mode.BITS64);
            Label top = new Label("top");
            a.bind(top);
            a.dec(ECX);
            a.jcc(Cond.NE, top);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0xFF, 0xC9, 0x75, 0xFC), code);
        }

        @Test
        void forwardJump_over127Bytes_becomesNear() {
            Assembler a = new Assembler(Mode.BITS64);
            Label end = new Label("end");
            a.jmp(end);
            nops(a, 128);
            a.bind(end);

            byte[] code = a.finish().bytes();

            assertEquals(5 + 128, code.length);
            assertArrayEquals(bytes(0xE9, 0x80, 0x00, 0x00, 0x00), java.util.Arrays.copyOf(code, 5));
        }

        @Test
        void forwardJump_of127Bytes_staysShort() {
            Assembler a = new Assembler(Mode.BITS64);
            Label end = new Label("end");
            a.jcc(Cond.E, end);
            nops(a, 127);
            a.bind(end);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0x74, 0x7F), java.util.Arrays.copyOf(code, 2));
        }

        @Test
        void growingOneJump_canPushAnotherOutOfReach() {
            // j1 jumps over j2 and 124 bytes; once j2 grows to near, j1 must grow too.
            Assembler a = new Assembler(Mode.BITS64);
            Label far = new Label("far");
            Label after = new Label("after");
            a.jmp(after);          // j1: short only while j2 stays short
            a.jcc(Cond.NE, far);   // j2: target beyond 127 bytes
            nops(a, 124);
            a.bind(after);
            nops(a, 10);
            a.bind(far);

            byte[] code = a.finish().bytes();

            assertEquals(5 + 6 + 124 + 10, code.length);
            assertEquals(0xE9, code[0] & 0xFF);
            assertEquals(6 + 124, after.offset() - 5);
        }

        @Test
        void labelOffsets_areKnownAfterFinish() {
            Assembler a = new Assembler(Mode.BITS64);
            Label middle = new Label("middle");
            nops(a, 3);
            a.bind(middle);
            nops(a, 2);

            a.finish();

            assertEquals(3, middle.offset());
        }

        @Test
        void unboundLabel_failsAtFinish_namingLabelAndUse() {
            Assembler a = new Assembler(Mode.BITS64);
            Label missing = new Label("missing");
            a.jcc(Cond.L, missing);

            IllegalStateException e = assertThrows(IllegalStateException.class, a::finish);

            assertTrue(e.getMessage().contains("missing"), e.getMessage());
            assertTrue(e.getMessage().contains("jl missing"), e.getMessage());
        }

        @Test
        void bindingTwice_fails() {
            Assembler a = new Assembler(Mode.BITS64);
            Label l = new Label("twice");
            a.bind(l);

            assertThrows(IllegalStateException.class, () -> a.bind(l));
        }

        @Test
        void ripRelativeLabel_countsFromTheEndOfTheInstructionIncludingTheImmediate() {
            Assembler a = new Assembler(Mode.BITS64);
            Label data = new Label("data");
            a.mov(Mem.rip(32, data), 7);  // c7 05 disp32 imm32: 10 bytes
            a.bind(data);
            a.data32(0);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0xC7, 0x05, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0), code);
        }

        @Test
        void labelAddressData_addsTheOrigin() {
            Assembler a = new Assembler(Mode.BITS32, 0x10_0000);
            Label target = new Label("target");
            a.data32(target);
            a.data64(target);
            a.bind(target);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0x0C, 0, 0x10, 0, 0x0C, 0, 0x10, 0, 0, 0, 0, 0), code);
        }

        @Test
        void absoluteLabelOperand_inProtectedMode_isOriginPlusOffset() {
            Assembler a = new Assembler(Mode.BITS32, 0x20_0000);
            Label gdtr = new Label("gdtr");
            a.lgdt(Mem.abs(0, gdtr));
            a.bind(gdtr);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0x0F, 0x01, 0x15, 0x07, 0x00, 0x20, 0x00), code);
        }

        @Test
        void absoluteLabel_inRealMode_isA16BitAddress() {
            Assembler a = new Assembler(Mode.BITS16, 0x7C00);
            Label gdtr = new Label("gdtr");
            a.lgdt(Mem.abs(0, gdtr));
            a.mov(Gpr.AX, Mem.abs(16, gdtr));
            a.mov(Gpr.SI, Imm.address(gdtr));
            a.bind(gdtr);

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0x0F, 0x01, 0x16, 0x0B, 0x7C, 0xA1, 0x0B, 0x7C, 0xBE, 0x0B, 0x7C), code);
        }

        @Test
        void callToLabel_inRealMode_usesRel16() {
            Assembler a = new Assembler(Mode.BITS16);
            Label f = new Label("f");
            a.call(f);
            a.hlt();
            a.bind(f);
            a.ret();

            assertArrayEquals(bytes(0xE8, 0x01, 0x00, 0xF4, 0xC3), a.finish().bytes());
        }
    }

    @Nested
    class Alignment {
        @Test
        void align_padsWithOneMultiByteNop() {
            Assembler a = new Assembler(Mode.BITS64);
            a.ret();
            a.align(8);
            a.ret();

            byte[] code = a.finish().bytes();

            assertArrayEquals(bytes(0xC3, 0x0F, 0x1F, 0x80, 0, 0, 0, 0, 0xC3), code);
        }

        @Test
        void align_countsFromTheOrigin() {
            Assembler a = new Assembler(Mode.BITS64, 0x1004);
            a.align(16, 0xCC);
            a.data8(1);

            byte[] code = a.finish().bytes();

            assertEquals(13, code.length);
            assertEquals(0xCC, code[0] & 0xFF);
        }

        @Test
        void align_afterAGrowingJump_isRecomputed() {
            Assembler a = new Assembler(Mode.BITS64);
            Label end = new Label("end");
            a.jmp(end);
            a.align(16, 0);
            nops(a, 200);
            a.bind(end);

            byte[] code = a.finish().bytes();

            assertEquals(16 + 200, code.length); // jmp grew to 5 bytes, the gap shrank to 11
            assertEquals(16, end.offset() - 200);
        }

        @Test
        void align_ofLongPadding_usesSeveralNops() {
            Assembler a = new Assembler(Mode.BITS64);
            a.ret();
            a.align(32);

            byte[] code = a.finish().bytes();

            assertEquals(32, code.length);
            assertArrayEquals(Nops.of(9), java.util.Arrays.copyOfRange(code, 1, 10));
        }

        @Test
        void align_notAPowerOfTwo_fails() {
            Assembler a = new Assembler(Mode.BITS64);

            assertThrows(IllegalArgumentException.class, () -> a.align(12));
        }
    }

    @Nested
    class Relocations {
        private final Object method = "Hello.main";
        private final Object field = "Hello.counter";

        @Test
        void callToRef_isPc32WithMinusFour() {
            Assembler a = new Assembler(Mode.BITS64);
            a.nop();
            a.call(Ref.to(method));

            MachineCode code = a.finish();

            assertEquals(List.of(new Relocation(2, Relocation.Kind.PC32, method, -4)), code.relocations());
            assertArrayEquals(bytes(0x90, 0xE8, 0, 0, 0, 0), code.bytes());
        }

        @Test
        void ripRelativeRef_withImmediate_countsTheImmediate() {
            Assembler a = new Assembler(Mode.BITS64);
            a.mov(Mem.rip(32, Ref.to(field)), 1);

            MachineCode code = a.finish();

            assertEquals(List.of(new Relocation(2, Relocation.Kind.PC32, field, -8)), code.relocations());
        }

        @Test
        void absoluteRef_inLongMode_isSignExtended32() {
            Assembler a = new Assembler(Mode.BITS64);
            a.mov(EAX, Mem.abs(32, new Ref(field, 8)));

            MachineCode code = a.finish();

            assertEquals(List.of(new Relocation(3, Relocation.Kind.ABS32S, field, 8)), code.relocations());
        }

        @Test
        void movabsOfRef_isAbs64() {
            Assembler a = new Assembler(Mode.BITS64);
            a.movabs(RAX, new Imm(0, Ref.to(method)));
            a.data64(Ref.to(field));

            MachineCode code = a.finish();

            assertEquals(List.of(new Relocation(2, Relocation.Kind.ABS64, method, 0),
                    new Relocation(10, Relocation.Kind.ABS64, field, 0)), code.relocations());
        }

        @Test
        void apply_pc32_storesTargetMinusField() {
            Relocation r = new Relocation(1, Relocation.Kind.PC32, method, -4);
            byte[] code = new byte[5];

            r.apply(code, 0x2000, 0x1000);

            assertEquals(0x2000 - 4 - 0x1001, (code[1] & 0xFF) | (code[2] & 0xFF) << 8 | (code[3] & 0xFF) << 16
                    | (code[4] & 0xFF) << 24);
        }

        @Test
        void apply_abs32_outOfRange_fails() {
            Relocation r = new Relocation(0, Relocation.Kind.ABS32, field, 0);

            assertThrows(IllegalStateException.class, () -> r.apply(new byte[4], 0x1_0000_0000L, 0));
        }
    }

    @Nested
    class Errors {
        @Test
        void immediateTooLarge_namesInstructionAndOperands() {
            Assembler a = new Assembler(Mode.BITS64);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> a.add(RAX, 0x1_0000_0000L));

            assertTrue(e.getMessage().contains("add rax, 0x100000000"), e.getMessage());
        }

        @Test
        void mixedWidths_fail() {
            Assembler a = new Assembler(Mode.BITS64);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.mov(EAX, RBX));

            assertTrue(e.getMessage().contains("mov eax, rbx"), e.getMessage());
        }

        @Test
        void sixtyFourBitRegister_inProtectedMode_fails() {
            Assembler a = new Assembler(Mode.BITS32);

            assertThrows(IllegalArgumentException.class, () -> a.push(RAX));
        }

        @Test
        void extendedRegister_inProtectedMode_fails() {
            Assembler a = new Assembler(Mode.BITS32);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> a.mov(Gpr.R8D, EAX));

            assertTrue(e.getMessage().contains("mov r8d, eax"), e.getMessage());
        }

        @Test
        void highByteRegister_withRex_fails() {
            Assembler a = new Assembler(Mode.BITS64);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> a.mov(Gpr.AH, Gpr.SIL));

            assertTrue(e.getMessage().contains("REX"), e.getMessage());
        }

        @Test
        void unsizedMemory_whereASizeIsNeeded_fails() {
            Assembler a = new Assembler(Mode.BITS64);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> a.inc(Mem.of(0, RAX, 0)));

            assertTrue(e.getMessage().contains("size"), e.getMessage());
        }

        @Test
        void unknownMnemonic_fails() {
            Assembler a = new Assembler(Mode.BITS64);

            assertThrows(IllegalArgumentException.class, () -> a.emit("frobnicate", RAX));
        }

        @Test
        void ripRelative_outsideLongMode_fails() {
            Assembler a = new Assembler(Mode.BITS32);

            assertThrows(IllegalArgumentException.class, () -> a.mov(EAX, Mem.rip(32, 0)));
        }

        @Test
        void indexRsp_isRejected() {
            assertThrows(IllegalArgumentException.class, () -> Mem.of(64, RAX, Gpr.RSP, 2, 0));
        }

        @Test
        void badScale_isRejected() {
            assertThrows(IllegalArgumentException.class, () -> Mem.of(64, RAX, RBX, 3, 0));
        }

        @Test
        void lockWithoutInstruction_failsAtFinish() {
            Assembler a = new Assembler(Mode.BITS64);
            a.lock();

            assertThrows(IllegalStateException.class, a::finish);
        }

        @Test
        void emitAfterFinish_fails() {
            Assembler a = new Assembler(Mode.BITS64);
            a.finish();

            assertThrows(IllegalStateException.class, a::ret);
        }
    }

    @Test
    void lock_prefixesTheNextInstructionOnly() {
        Assembler a = new Assembler(Mode.BITS64);
        a.lock();
        a.emit("xadd", Mem.qword(RBX), RAX);
        a.emit("xadd", Mem.qword(RBX), RAX);

        assertArrayEquals(bytes(0xF0, 0x48, 0x0F, 0xC1, 0x03, 0x48, 0x0F, 0xC1, 0x03), a.finish().bytes());
    }
}
