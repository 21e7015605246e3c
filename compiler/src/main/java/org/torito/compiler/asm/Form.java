package org.torito.compiler.asm;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One row of the instruction table: a mnemonic with one combination of operand kinds and its encoding, as
 * the Intel manual lists it ({@code 83 /0 ib  ADD r/m32, imm8  MI}).
 *
 * @param mnemonic the GNU as mnemonic (Intel syntax)
 * @param operands the operand kinds, in Intel order (destination first)
 * @param encoding how operands map onto ModRM, opcode or immediate fields
 * @param prefix a mandatory prefix (0x66, 0xF2, 0xF3) or 0
 * @param opcode the opcode bytes
 * @param digit the ModRM reg field for {@code /digit} forms, or -1
 * @param width operand width in bits: 16/32 choose the 0x66 prefix by mode, 64 sets REX.W, 0 and 8 neither
 * @param default64 the operand is 64 bits in long mode without REX.W ({@code push}, {@code jmp r/m64})
 * @param modes the {@link Mode#mask() mode bits} the form is valid in
 */
record Form(String mnemonic, OperandKind[] operands, Encoding encoding, int prefix, int[] opcode, int digit,
            int width, boolean default64, int modes) {

    boolean validIn(Mode mode) {
        return (modes & mode.mask()) != 0;
    }

    /** Index of the operand in ModRM.reg, or -1. */
    int regOperand() {
        return switch (encoding) {
            case MR -> 1;
            case RM -> 0;
            default -> -1;
        };
    }

    /** Index of the operand in ModRM.r/m, or -1. */
    int rmOperand() {
        return switch (encoding) {
            case MR -> 0;
            case RM -> 1;
            case M -> firstNonImmediate();
            default -> -1;
        };
    }

    /** Index of the register added to the opcode in {@link Encoding#O} forms. */
    int opcodeRegOperand() {
        for (int i = 0; i < operands.length; i++) {
            OperandKind k = operands[i];
            if (k == OperandKind.R8 || k == OperandKind.R16 || k == OperandKind.R32 || k == OperandKind.R64) {
                return i;
            }
        }
        throw new IllegalStateException("form " + this + " has no register for its opcode");
    }

    private int firstNonImmediate() {
        for (int i = 0; i < operands.length; i++) {
            if (!operands[i].isImmediate()) {
                return i;
            }
        }
        throw new IllegalStateException("form " + this + " has no r/m operand");
    }

    @Override
    public String toString() {
        String ops = Arrays.stream(operands).map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        String bytes = Arrays.stream(opcode).mapToObj(b -> String.format("%02X", b)).collect(Collectors.joining(" "));
        return mnemonic + (ops.isEmpty() ? "" : " " + ops) + " [" + (prefix != 0 ? String.format("%02X ", prefix) : "")
                + bytes + (digit >= 0 ? " /" + digit : "") + " " + encoding + (width != 0 ? " w" + width : "") + "]";
    }
}
