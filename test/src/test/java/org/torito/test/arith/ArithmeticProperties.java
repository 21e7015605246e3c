package org.torito.test.arith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.torito.test.support.Differential;

/**
 * Every int and long arithmetic, shift, compare and conversion bytecode, with random operands (jqwik mixes in
 * the edge cases: MIN_VALUE, -1, 0, shift counts past the width), compiled by Torito and run on bare metal,
 * must give exactly HotSpot's results. Each try generates one class whose {@code main} applies the operations
 * to operands held in static fields (so nothing is folded), runs it on HotSpot in this JVM and on Torito in
 * one boot, and compares the printed results.
 */
class ArithmeticProperties {
    private static final int CASES = 300;
    private static final AtomicInteger CLASSES = new AtomicInteger();

    /** One bytecode with its operand and result types: I or J. */
    enum Op {
        IADD(Opcodes.IADD, "II", "I"), ISUB(Opcodes.ISUB, "II", "I"), IMUL(Opcodes.IMUL, "II", "I"),
        IDIV(Opcodes.IDIV, "II", "I"), IREM(Opcodes.IREM, "II", "I"), INEG(Opcodes.INEG, "I", "I"),
        ISHL(Opcodes.ISHL, "II", "I"), ISHR(Opcodes.ISHR, "II", "I"), IUSHR(Opcodes.IUSHR, "II", "I"),
        IAND(Opcodes.IAND, "II", "I"), IOR(Opcodes.IOR, "II", "I"), IXOR(Opcodes.IXOR, "II", "I"),
        I2L(Opcodes.I2L, "I", "J"), I2B(Opcodes.I2B, "I", "I"), I2C(Opcodes.I2C, "I", "I"),
        I2S(Opcodes.I2S, "I", "I"),
        LADD(Opcodes.LADD, "JJ", "J"), LSUB(Opcodes.LSUB, "JJ", "J"), LMUL(Opcodes.LMUL, "JJ", "J"),
        LDIV(Opcodes.LDIV, "JJ", "J"), LREM(Opcodes.LREM, "JJ", "J"), LNEG(Opcodes.LNEG, "J", "J"),
        LSHL(Opcodes.LSHL, "JI", "J"), LSHR(Opcodes.LSHR, "JI", "J"), LUSHR(Opcodes.LUSHR, "JI", "J"),
        LAND(Opcodes.LAND, "JJ", "J"), LOR(Opcodes.LOR, "JJ", "J"), LXOR(Opcodes.LXOR, "JJ", "J"),
        L2I(Opcodes.L2I, "J", "I"), LCMP(Opcodes.LCMP, "JJ", "I"),
        IF_ICMPEQ(Opcodes.IF_ICMPEQ, "II", "Z"), IF_ICMPNE(Opcodes.IF_ICMPNE, "II", "Z"),
        IF_ICMPLT(Opcodes.IF_ICMPLT, "II", "Z"), IF_ICMPGE(Opcodes.IF_ICMPGE, "II", "Z"),
        IF_ICMPGT(Opcodes.IF_ICMPGT, "II", "Z"), IF_ICMPLE(Opcodes.IF_ICMPLE, "II", "Z"),
        IFEQ(Opcodes.IFEQ, "I", "Z"), IFNE(Opcodes.IFNE, "I", "Z"), IFLT(Opcodes.IFLT, "I", "Z"),
        IFGE(Opcodes.IFGE, "I", "Z"), IFGT(Opcodes.IFGT, "I", "Z"), IFLE(Opcodes.IFLE, "I", "Z");

        final int opcode;
        final String operands;
        final String result;

        Op(int opcode, String operands, String result) {
            this.opcode = opcode;
            this.operands = operands;
            this.result = result;
        }

        boolean divides() {
            return this == IDIV || this == IREM || this == LDIV || this == LREM;
        }
    }

    /** An operation with its operands (b unused for unary ones). */
    record Case(Op op, long a, long b) {
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 8)
    void intAndLongBytecodes_matchHotSpot(@ForAll("cases") List<Case> cases) throws IOException {
        String name = "org/torito/test/arith/Generated" + CLASSES.incrementAndGet();
        byte[] bytes = generate(name, cases);
        Path dir = Files.createTempDirectory("torito-arith");
        Path file = dir.resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Class<?> loaded = new ClassLoader(ArithmeticProperties.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();

        Differential.assertSameOutput(loaded, dir + java.io.File.pathSeparator + Differential.testClasses(), dir);
    }

    @Provide
    Arbitrary<List<Case>> cases() {
        Arbitrary<Long> ints = Arbitraries.integers().map(i -> (long) i);
        Arbitrary<Long> longs = Arbitraries.longs();
        Arbitrary<Long> shifts = Arbitraries.integers().between(-70, 140).map(i -> (long) i);
        Arbitrary<Case> one = Arbitraries.of(Op.values()).flatMap(op -> {
            Arbitrary<Long> a = op.operands.charAt(0) == 'J' ? longs : ints;
            Arbitrary<Long> b = op.operands.length() < 2 ? Arbitraries.just(0L)
                    : op == Op.LSHL || op == Op.LSHR || op == Op.LUSHR || op.opcode >= Opcodes.ISHL
                    && op.opcode <= Opcodes.IUSHR ? Arbitraries.oneOf(shifts, ints)
                    : op.operands.charAt(1) == 'J' ? longs : ints;
            if (op.divides()) {
                b = b.filter(v -> v != 0); // ArithmeticException arrives with exceptions
            }
            return Combinators.combine(a, b).as((x, y) -> new Case(op, x, y));
        });
        return one.list().ofSize(CASES);
    }

    /** A class with static fields a_i, b_i holding the operands and a main that prints each result. */
    static byte[] generate(String name, List<Case> cases) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object", null);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            field(cw, "a" + i, c.op().operands.charAt(0), c.a());
            if (c.op().operands.length() > 1) {
                field(cw, "b" + i, c.op().operands.charAt(1), c.b());
            }
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
                null, null);
        mv.visitCode();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            mv.visitFieldInsn(Opcodes.GETSTATIC, name, "a" + i, String.valueOf(c.op().operands.charAt(0)));
            if (c.op().operands.length() > 1) {
                mv.visitFieldInsn(Opcodes.GETSTATIC, name, "b" + i, String.valueOf(c.op().operands.charAt(1)));
            }
            if (c.op().result.equals("Z")) {
                Label yes = new Label();
                Label done = new Label();
                mv.visitJumpInsn(c.op().opcode, yes);
                mv.visitInsn(Opcodes.ICONST_0);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(yes);
                mv.visitInsn(Opcodes.ICONST_1);
                mv.visitLabel(done);
            } else {
                mv.visitInsn(c.op().opcode);
            }
            String printed = c.op().result.equals("J") ? "J" : "I";
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/torito/test/support/Out", "println", "(" + printed + ")V",
                    false);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void field(ClassWriter cw, String name, char type, long value) {
        Object constant = type == 'J' ? (Object) value : (Object) (int) value;
        cw.visitField(Opcodes.ACC_STATIC, name, String.valueOf(type), null, constant).visitEnd();
    }
}
