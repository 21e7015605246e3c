package org.torito.compiler.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * A deterministic sweep of the whole table: every form, in every mode it is valid in, is encoded with operands
 * of its own kinds and compared with GNU as, and every form must be the one chosen for some of them (a form
 * that an earlier row always shadows is dead and fails here). The random properties then roam further.
 */
class FormTableCoverageTest {
    private static final int SAMPLES_PER_FORM = 24;
    private static final long SEED = 20261127L;

    @Example
    void longMode_everyForm_isChosenForItsOperands_andMatchesGnuAs() {
        sweep(Mode.BITS64);
    }

    @Example
    void protectedMode_everyForm_isChosenForItsOperands_andMatchesGnuAs() {
        sweep(Mode.BITS32);
    }

    @Example
    void realMode_everyForm_isChosenForItsOperands_andMatchesGnuAs() {
        sweep(Mode.BITS16);
    }

    /** Generators run inside jqwik examples, which is why these are not JUnit parameterized tests. */
    private static void sweep(Mode mode) {
        Random random = new Random(SEED + mode.ordinal());
        List<OperandArbitraries.Case> cases = new ArrayList<>();
        List<Form> forms = FormTable.instance().all().stream().filter(f -> f.validIn(mode))
                .filter(f -> mode != Mode.BITS16 || f.encoding() != Encoding.D).toList();
        for (Form form : forms) {
            RandomGenerator<OperandArbitraries.Case> generator = OperandArbitraries.forForm(form, mode).generator(100);
            for (int i = 0; i < SAMPLES_PER_FORM; i++) {
                cases.add(generator.next(random).value());
            }
        }

        List<Form> used = GnuAsComparison.check(mode, cases);

        Set<Form> chosen = new HashSet<>(used);
        List<String> neverChosen = forms.stream().filter(f -> !chosen.contains(f)).map(Form::toString).toList();
        assertTrue(neverChosen.isEmpty(), mode + ": forms never chosen for their own operands: " + neverChosen);
        assertEquals(forms.size(), chosen.size());
    }
}
