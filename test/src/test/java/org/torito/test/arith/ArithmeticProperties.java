package org.torito.test.arith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Every int, long, float and double arithmetic, shift, compare and conversion bytecode, with random operands
 * (mixed with the edge cases: MIN_VALUE, -1, 0, shift counts past the width; NaN, +-0.0, +-Infinity,
 * subnormals, and floats near 2^31 and 2^63 for the saturating conversions), compiled by Torito and run on bare
 * metal, must give exactly HotSpot's results. Each try generates one class whose {@code main} applies the
 * operations to operands held in static fields (so nothing is folded), runs it on HotSpot in this JVM and on
 * Torito in one boot, and compares the printed results (floats and doubles as their bits, every NaN as one).
 */
class ArithmeticProperties {
    private static final int CASES = 300;
    private static final AtomicInteger CLASSES = new AtomicInteger();

    /** Floats where saturation and rounding turn: around +-2^31, +-2^63, +-0.5 and the ends of the range. */
    private static final Float[] FLOAT_EDGES = edges(new float[] {0x1p31f, -0x1p31f, 0x1p63f, -0x1p63f, 0x1p32f,
        0x1p64f, 0.5f, -0.5f, 1.5f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE});

    /** The same for doubles, plus where d2f overflows and underflows. */
    private static final Double[] DOUBLE_EDGES = {0x1p31, 0x1p31 - 1, 0x1p31 - 0.5, 0x1p31 + 0.5,
        Math.nextDown(0x1p31), -0x1p31, -0x1p31 - 1, -0x1p31 - 0.5, -0x1p31 + 0.5, Math.nextUp(-0x1p31),
        Math.nextDown(-0x1p31 - 1), 0x1p63, Math.nextDown(0x1p63), Math.nextUp(0x1p63), -0x1p63,
        Math.nextUp(-0x1p63), Math.nextDown(-0x1p63), 0x1p64, -0.5, 0.5, 1.5, -1.5, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0x1p-1022 - 0x1p-1074,
        (double) Float.MAX_VALUE, Math.nextUp((double) Float.MAX_VALUE), (double) Float.MIN_VALUE / 2};

    /**
     * One bytecode with its operand and result types (I, J, F, D; Z for a branch, printed as 0 or 1), or a
     * compare followed by an ifXX branch on its result, as javac compiles {@code a < b}.
     */
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
        IFGE(Opcodes.IFGE, "I", "Z"), IFGT(Opcodes.IFGT, "I", "Z"), IFLE(Opcodes.IFLE, "I", "Z"),

        FADD(Opcodes.FADD, "FF", "F"), FSUB(Opcodes.FSUB, "FF", "F"), FMUL(Opcodes.FMUL, "FF", "F"),
        FDIV(Opcodes.FDIV, "FF", "F"), FREM(Opcodes.FREM, "FF", "F"), FNEG(Opcodes.FNEG, "F", "F"),
        DADD(Opcodes.DADD, "DD", "D"), DSUB(Opcodes.DSUB, "DD", "D"), DMUL(Opcodes.DMUL, "DD", "D"),
        DDIV(Opcodes.DDIV, "DD", "D"), DREM(Opcodes.DREM, "DD", "D"), DNEG(Opcodes.DNEG, "D", "D"),
        I2F(Opcodes.I2F, "I", "F"), I2D(Opcodes.I2D, "I", "D"), L2F(Opcodes.L2F, "J", "F"),
        L2D(Opcodes.L2D, "J", "D"), F2I(Opcodes.F2I, "F", "I"), F2L(Opcodes.F2L, "F", "J"),
        F2D(Opcodes.F2D, "F", "D"), D2I(Opcodes.D2I, "D", "I"), D2L(Opcodes.D2L, "D", "J"),
        D2F(Opcodes.D2F, "D", "F"),
        FCMPL(Opcodes.FCMPL, "FF", "I"), FCMPG(Opcodes.FCMPG, "FF", "I"), DCMPL(Opcodes.DCMPL, "DD", "I"),
        DCMPG(Opcodes.DCMPG, "DD", "I"),
        FCMPL_IFEQ(Opcodes.FCMPL, Opcodes.IFEQ), FCMPL_IFNE(Opcodes.FCMPL, Opcodes.IFNE),
        FCMPL_IFLT(Opcodes.FCMPL, Opcodes.IFLT), FCMPL_IFGE(Opcodes.FCMPL, Opcodes.IFGE),
        FCMPL_IFGT(Opcodes.FCMPL, Opcodes.IFGT), FCMPL_IFLE(Opcodes.FCMPL, Opcodes.IFLE),
        FCMPG_IFEQ(Opcodes.FCMPG, Opcodes.IFEQ), FCMPG_IFNE(Opcodes.FCMPG, Opcodes.IFNE),
        FCMPG_IFLT(Opcodes.FCMPG, Opcodes.IFLT), FCMPG_IFGE(Opcodes.FCMPG, Opcodes.IFGE),
        FCMPG_IFGT(Opcodes.FCMPG, Opcodes.IFGT), FCMPG_IFLE(Opcodes.FCMPG, Opcodes.IFLE),
        DCMPL_IFEQ(Opcodes.DCMPL, Opcodes.IFEQ), DCMPL_IFNE(Opcodes.DCMPL, Opcodes.IFNE),
        DCMPL_IFLT(Opcodes.DCMPL, Opcodes.IFLT), DCMPL_IFGE(Opcodes.DCMPL, Opcodes.IFGE),
        DCMPL_IFGT(Opcodes.DCMPL, Opcodes.IFGT), DCMPL_IFLE(Opcodes.DCMPL, Opcodes.IFLE),
        DCMPG_IFEQ(Opcodes.DCMPG, Opcodes.IFEQ), DCMPG_IFNE(Opcodes.DCMPG, Opcodes.IFNE),
        DCMPG_IFLT(Opcodes.DCMPG, Opcodes.IFLT), DCMPG_IFGE(Opcodes.DCMPG, Opcodes.IFGE),
        DCMPG_IFGT(Opcodes.DCMPG, Opcodes.IFGT), DCMPG_IFLE(Opcodes.DCMPG, Opcodes.IFLE);

        /** No branch after {@link #opcode}. */
        private static final int NONE = -1;

        final int opcode;
        final int branch;
        final String operands;
        final String result;

        Op(int opcode, String operands, String result) {
            this.opcode = opcode;
            this.branch = NONE;
            this.operands = operands;
            this.result = result;
        }

        /** {@code compare} (fcmpl, fcmpg, dcmpl, dcmpg) followed by the ifXX {@code branch}. */
        Op(int compare, int branch) {
            this.opcode = compare;
            this.branch = branch;
            this.operands = compare == Opcodes.FCMPL || compare == Opcodes.FCMPG ? "FF" : "DD";
            this.result = "Z";
        }

        boolean divides() {
            return this == IDIV || this == IREM || this == LDIV || this == LREM;
        }

        /** Takes or gives a float or double. */
        boolean floating() {
            return (operands + result).matches(".*[FD].*");
        }
    }

    /** An operation with its operands (b unused for unary ones); floats and doubles as their bits. */
    record Case(Op op, long a, long b) {
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 8)
    void intAndLongBytecodes_matchHotSpot(@ForAll("integralCases") List<Case> cases) throws IOException {
        assertSameOnTorito(cases);
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 8)
    void floatAndDoubleBytecodes_matchHotSpot(@ForAll("floatingCases") List<Case> cases) throws IOException {
        assertSameOnTorito(cases);
    }

    private static void assertSameOnTorito(List<Case> cases) throws IOException {
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
    Arbitrary<List<Case>> integralCases() {
        Arbitrary<Long> ints = Arbitraries.integers().map(i -> (long) i);
        Arbitrary<Long> longs = Arbitraries.longs();
        Arbitrary<Long> shifts = Arbitraries.integers().between(-70, 140).map(i -> (long) i);
        Arbitrary<Case> one = Arbitraries.of(ops(false)).flatMap(op -> {
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

    /**
     * Float and double operations on operands given as their bits. One binary case in eight compares an
     * operand with itself, so that compares see equal values (and NaN against NaN) often.
     */
    @Provide
    Arbitrary<List<Case>> floatingCases() {
        Arbitrary<Case> one = Arbitraries.of(ops(true)).flatMap(op -> {
            Arbitrary<Long> a = operand(op.operands.charAt(0));
            if (op.operands.length() < 2) {
                return a.map(x -> new Case(op, x, 0));
            }
            return Combinators.combine(a, operand(op.operands.charAt(1)), Arbitraries.integers().between(0, 7))
                    .as((x, y, same) -> new Case(op, x, same == 0 ? x : y));
        });
        return one.list().ofSize(CASES);
    }

    private static List<Op> ops(boolean floating) {
        return Arrays.stream(Op.values()).filter(op -> op.floating() == floating).toList();
    }

    /**
     * Operands of type I, J, F or D, as bits. Integers for i2f, l2f and l2d mix in sums of a few powers of
     * two: their rounding is decided by bits far apart (ties, and l2f's double rounding trap).
     */
    private static Arbitrary<Long> operand(char type) {
        return switch (type) {
            case 'I' -> Arbitraries.oneOf(Arbitraries.integers().map(i -> (long) i),
                    sparse(31).map(v -> (long) v.intValue()));
            case 'J' -> Arbitraries.oneOf(Arbitraries.longs(), sparse(63));
            case 'F' -> Arbitraries.oneOf(
                    Arbitraries.integers().map(Float::intBitsToFloat), // every exponent, NaNs
                    Arbitraries.floats().withStandardSpecialValues().withSpecialValue(-0.0f),
                    Arbitraries.of(FLOAT_EDGES),
                    Arbitraries.integers().between(-4, 4).map(i -> (float) i))
                    .map(f -> (long) Float.floatToRawIntBits(f));
            case 'D' -> Arbitraries.oneOf(
                    Arbitraries.longs().map(Double::longBitsToDouble),
                    Arbitraries.doubles().withStandardSpecialValues().withSpecialValue(-0.0),
                    Arbitraries.of(DOUBLE_EDGES),
                    Arbitraries.integers().between(-4, 4).map(i -> (double) i))
                    .map(Double::doubleToRawLongBits);
            default -> throw new IllegalArgumentException("operand type " + type);
        };
    }

    /** +-(2^i + 2^j + 2^k), with exponents below {@code maxExponent}. */
    private static Arbitrary<Long> sparse(int maxExponent) {
        Arbitrary<Integer> exponent = Arbitraries.integers().between(0, maxExponent - 1);
        return Combinators.combine(exponent, exponent, exponent, Arbitraries.of(1L, -1L))
                .as((i, j, k, sign) -> sign * ((1L << i) + (1L << j) + (1L << k)));
    }

    /** Each value with its neighbours one ulp either side. */
    private static Float[] edges(float[] values) {
        Float[] all = new Float[3 * values.length];
        for (int i = 0; i < values.length; i++) {
            all[3 * i] = values[i];
            all[3 * i + 1] = Math.nextDown(values[i]);
            all[3 * i + 2] = Math.nextUp(values[i]);
        }
        return all;
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
                int jump = c.op().opcode;
                if (c.op().branch != Op.NONE) {
                    mv.visitInsn(c.op().opcode);
                    jump = c.op().branch;
                }
                Label yes = new Label();
                Label done = new Label();
                mv.visitJumpInsn(jump, yes);
                mv.visitInsn(Opcodes.ICONST_0);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(yes);
                mv.visitInsn(Opcodes.ICONST_1);
                mv.visitLabel(done);
            } else {
                mv.visitInsn(c.op().opcode);
            }
            String printed = c.op().result.equals("Z") ? "I" : c.op().result;
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/torito/test/support/Out", "println", "(" + printed + ")V",
                    false);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A static field of {@code type} holding {@code value}, given as the bits for F and D. */
    private static void field(ClassWriter cw, String name, char type, long value) {
        Object constant = switch (type) {
            case 'J' -> value;
            case 'F' -> Float.intBitsToFloat((int) value);
            case 'D' -> Double.longBitsToDouble(value);
            default -> (int) value;
        };
        cw.visitField(Opcodes.ACC_STATIC, name, String.valueOf(type), null, constant).visitEnd();
    }
}
