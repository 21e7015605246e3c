package org.torito.compiler.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Encodes a batch of instructions with our assembler and with GNU as and demands the same bytes; where we
 * reject an instruction, GNU as must reject it too. A mismatch names the instruction, both byte strings and
 * the form that encoded it.
 */
final class GnuAsComparison {
    private GnuAsComparison() {
    }

    /** The instruction as GNU as reads it: symbolic targets become plain symbol names. */
    static String gasText(OperandArbitraries.Case c) {
        Operand[] ops = c.operands();
        String mnemonic = (c.lock() ? "lock " : "") + c.form().mnemonic();
        if (ops.length == 0) {
            return mnemonic;
        }
        return mnemonic + " " + Stream.of(ops)
                .map(op -> op instanceof Ref r ? r.target().toString() : op.toString())
                .collect(Collectors.joining(", "));
    }

    /** Compares every case; returns the forms that encoded them (for coverage). */
    static List<Form> check(Mode mode, List<OperandArbitraries.Case> cases) {
        InstructionEncoder encoder = new InstructionEncoder(mode);
        List<String> accepted = new ArrayList<>();
        List<byte[]> ours = new ArrayList<>();
        List<Form> usedForms = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> whyRejected = new ArrayList<>();
        for (OperandArbitraries.Case c : cases) {
            String text = gasText(c);
            try {
                InstructionEncoder.Encoded e = encoder.encode(c.form().mnemonic(), c.operands(), c.lock());
                accepted.add(text);
                ours.add(e.bytes());
                usedForms.add(e.form());
            } catch (IllegalArgumentException e) {
                rejected.add(text);
                whyRejected.add(e.getMessage());
            }
        }
        compareAccepted(mode, accepted, ours, usedForms);
        compareRejected(mode, rejected, whyRejected);
        return usedForms;
    }

    private static void compareAccepted(Mode mode, List<String> lines, List<byte[]> ours, List<Form> forms) {
        if (lines.isEmpty()) {
            return;
        }
        GnuAs.Result gas = GnuAs.assemble(mode, lines);
        if (!gas.ok()) {
            int first = gas.rejectedLines().isEmpty() ? 0 : gas.rejectedLines().first();
            throw new AssertionError(mode + ": GNU as rejects `" + lines.get(first) + "`, which we encode as ["
                    + GnuAs.hex(ours.get(first)) + "] with form " + forms.get(first) + "\n" + gas.messages());
        }
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < lines.size() && mismatches.size() < 10; i++) {
            byte[] theirs = gas.line(i);
            if (!java.util.Arrays.equals(theirs, ours.get(i))) {
                mismatches.add(mode + ": `" + lines.get(i) + "`\n  ours:    " + GnuAs.hex(ours.get(i))
                        + "\n  GNU as:  " + GnuAs.hex(theirs) + "\n  form:    " + forms.get(i));
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " instruction(s) differ from GNU as:\n"
                    + String.join("\n", mismatches));
        }
    }

    private static void compareRejected(Mode mode, List<String> lines, List<String> why) {
        if (lines.isEmpty()) {
            return;
        }
        GnuAs.Result gas = GnuAs.assemble(mode, lines);
        TreeSet<Integer> gasRejects = gas.rejectedLines();
        for (int i = 0; i < lines.size(); i++) {
            if (!gasRejects.contains(i)) {
                GnuAs.Result alone = GnuAs.assemble(mode, List.of(lines.get(i)));
                throw new AssertionError(mode + ": we reject `" + lines.get(i) + "` (" + why.get(i)
                        + ") but GNU as encodes it as " + (alone.ok() ? GnuAs.hex(alone.text()) : "?"));
            }
        }
    }
}
