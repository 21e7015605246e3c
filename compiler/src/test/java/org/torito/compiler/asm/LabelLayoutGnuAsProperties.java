package org.torito.compiler.asm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random programs of jumps, calls, RIP-relative and absolute references to labels, bound before and after
 * their uses, separated by gaps of random sizes so that distances straddle the short-jump limit: our layout
 * must give the same bytes as GNU as, which relaxes jumps the same way (start short, grow what does not
 * reach), linked by {@code ld} at the same origin so absolute addresses are filled in too.
 */
class LabelLayoutGnuAsProperties {
    private static final int LABELS = 6;

    /** One element of a program. */
    private sealed interface Item permits Gap, Jump, Call, RipStore, AbsoluteLoad, AddressOf, Bind {
    }

    /** {@code mov ax/eax, [label]}: the moffs form outside long mode, ModRM with disp32 in it. */
    private record AbsoluteLoad(int target) implements Item {
    }

    /** {@code mov si/esi, OFFSET label}: a label's address as an immediate. */
    private record AddressOf(int target) implements Item {
    }

    /** {@code size} bytes of NOPs. */
    private record Gap(int size) implements Item {
    }

    /** {@code jmp} (cond null) or {@code jcc} to label {@code target}. */
    private record Jump(Cond cond, int target) implements Item {
    }

    private record Call(int target) implements Item {
    }

    /** {@code mov DWORD PTR [rip+label], imm}: the displacement counts from after the immediate. */
    private record RipStore(int target, int imm) implements Item {
    }

    private record Bind(int label) implements Item {
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 60)
    void longMode_labelPrograms_matchGnuAs(@ForAll("longMode") List<Item> program) {
        check(Mode.BITS64, program);
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 40)
    void protectedMode_labelPrograms_matchGnuAs(@ForAll("legacy") List<Item> program) {
        check(Mode.BITS32, program);
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 40)
    void realMode_labelPrograms_matchGnuAs(@ForAll("legacy") List<Item> program) {
        check(Mode.BITS16, program);
    }

    @Provide
    Arbitrary<List<Item>> longMode() {
        return programs(true);
    }

    @Provide
    Arbitrary<List<Item>> legacy() {
        return programs(false);
    }

    private static Arbitrary<List<Item>> programs(boolean ripRelative) {
        Arbitrary<Integer> label = Arbitraries.integers().between(0, LABELS - 1);
        Arbitrary<Item> gap = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(100, 140))).map(Gap::new);
        Arbitrary<Item> jump = Combinators.combine(Arbitraries.of(Cond.values()).injectNull(0.3), label)
                .as(Jump::new);
        Arbitrary<Item> call = label.map(Call::new);
        Arbitrary<Item> store = Combinators.combine(label, Arbitraries.integers()).as(RipStore::new);
        Arbitrary<Item> load = label.map(AbsoluteLoad::new);
        Arbitrary<Item> address = label.map(AddressOf::new);
        Arbitrary<Item> item = ripRelative ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, gap),
                net.jqwik.api.Tuple.of(4, jump), net.jqwik.api.Tuple.of(1, call), net.jqwik.api.Tuple.of(1, store),
                net.jqwik.api.Tuple.of(1, load), net.jqwik.api.Tuple.of(1, address))
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, gap), net.jqwik.api.Tuple.of(4, jump),
                net.jqwik.api.Tuple.of(1, call), net.jqwik.api.Tuple.of(1, load), net.jqwik.api.Tuple.of(1, address));
        Arbitrary<List<Integer>> bindPositions = Arbitraries.integers().between(0, 1000).list().ofSize(LABELS);
        return Combinators.combine(item.list().ofMinSize(1).ofMaxSize(60), bindPositions).as((items, positions) -> {
            List<Item> program = new ArrayList<>(items);
            for (int l = 0; l < LABELS; l++) {
                program.add(positions.get(l) % (program.size() + 1), new Bind(l));
            }
            return program;
        });
    }

    private static void check(Mode mode, List<Item> program) {
        long origin = mode == Mode.BITS16 ? 0x7C00 : 0x10_0000;
        Assembler a = new Assembler(mode, origin);
        Gpr accumulator = mode == Mode.BITS16 ? Gpr.AX : Gpr.EAX;
        Gpr source = mode == Mode.BITS16 ? Gpr.SI : Gpr.ESI;
        Label[] labels = new Label[LABELS];
        for (int i = 0; i < LABELS; i++) {
            labels[i] = new Label("lbl_" + i);
        }
        List<String> gas = new ArrayList<>();
        for (Item item : program) {
            if (item instanceof Gap g) {
                byte[] nops = new byte[g.size()];
                Arrays.fill(nops, (byte) 0x90);
                a.data(nops);
                gas.add(".fill " + g.size() + ", 1, 0x90");
            } else if (item instanceof Jump j) {
                if (j.cond() == null) {
                    a.jmp(labels[j.target()]);
                } else {
                    a.jcc(j.cond(), labels[j.target()]);
                }
                gas.add((j.cond() == null ? "jmp" : "j" + j.cond().suffix()) + " lbl_" + j.target());
            } else if (item instanceof Call c) {
                a.call(labels[c.target()]);
                gas.add("call lbl_" + c.target());
            } else if (item instanceof RipStore s) {
                a.mov(Mem.rip(32, labels[s.target()]), s.imm());
                gas.add("mov DWORD PTR [rip+lbl_" + s.target() + "], " + s.imm());
            } else if (item instanceof AbsoluteLoad l) {
                a.mov(accumulator, Mem.abs(accumulator.bits(), labels[l.target()]));
                gas.add("mov " + accumulator + ", " + (mode == Mode.BITS16 ? "WORD" : "DWORD") + " PTR [lbl_"
                        + l.target() + "]");
            } else if (item instanceof AddressOf o) {
                a.mov(source, Imm.address(labels[o.target()]));
                gas.add("mov " + source + ", OFFSET lbl_" + o.target());
            } else if (item instanceof Bind b) {
                a.bind(labels[b.label()]);
                gas.add("lbl_" + b.label() + ":");
            }
        }

        byte[] ours = a.finish().bytes();

        GnuAs.Result theirs = GnuAs.assemble(mode, gas, origin);
        assertTrue(theirs.ok(), () -> "GNU as rejects the program: " + theirs.messages());
        if (!Arrays.equals(ours, theirs.text())) {
            int at = Arrays.mismatch(ours, theirs.text());
            throw new AssertionError(mode + ": label layout differs from GNU as at byte " + at + " (ours "
                    + ours.length + " bytes, GNU as " + theirs.text().length + ")\n  ours:   "
                    + GnuAs.hex(ours, Math.max(0, at - 8), at + 8) + "\n  GNU as: "
                    + GnuAs.hex(theirs.text(), Math.max(0, at - 8), at + 8) + "\n  program:\n    "
                    + String.join("\n    ", gas));
        }
    }
}
