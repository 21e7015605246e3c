package org.torito.compiler.asm;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Every form of the instruction table, with random operands, encodes to the same bytes as GNU as in each
 * mode. Each try is a batch of instructions assembled by one {@code as} run. Shrinking is off: a failure
 * already names each wrong instruction with both encodings, and shrinking 400-element batches takes long.
 */
class FormTableGnuAsProperties {
    private static final int BATCH = 400;

    @Property(shrinking = ShrinkingMode.OFF, tries = 40)
    void longMode_randomInstructions_matchGnuAs(@ForAll("longMode") List<OperandArbitraries.Case> batch) {
        GnuAsComparison.check(Mode.BITS64, batch);
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 25)
    void protectedMode_randomInstructions_matchGnuAs(
            @ForAll("protectedMode") List<OperandArbitraries.Case> batch) {
        GnuAsComparison.check(Mode.BITS32, batch);
    }

    @Property(shrinking = ShrinkingMode.OFF, tries = 25)
    void realMode_randomInstructions_matchGnuAs(@ForAll("realMode") List<OperandArbitraries.Case> batch) {
        GnuAsComparison.check(Mode.BITS16, batch);
    }

    @Provide
    Arbitrary<List<OperandArbitraries.Case>> longMode() {
        return OperandArbitraries.cases(Mode.BITS64).list().ofSize(BATCH);
    }

    @Provide
    Arbitrary<List<OperandArbitraries.Case>> protectedMode() {
        return OperandArbitraries.cases(Mode.BITS32).list().ofSize(BATCH);
    }

    @Provide
    Arbitrary<List<OperandArbitraries.Case>> realMode() {
        return OperandArbitraries.cases(Mode.BITS16).list().ofSize(BATCH);
    }
}
