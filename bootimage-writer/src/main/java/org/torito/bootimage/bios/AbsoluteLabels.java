package org.torito.bootimage.bios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mode;

/**
 * Absolute addresses of a program's own labels as plain numbers, by assembling the program twice.
 *
 * <p>Real-mode code addresses its data absolutely ({@code lgdt [gdtr]}, {@code mov [drive], dl}), but the
 * assembler's {@code Mem.abs(bits, label)} encodes address 0 in 16-bit code (the 16-bit ModRM and moffs forms
 * drop the label), and no immediate can hold a label's address. So a program written against this class asks
 * {@link #of(Label)} for a number and puts it into {@code Mem.abs(bits, long)} or an immediate:
 * <ol>
 *   <li>Pass 1 answers every label with the origin, a placeholder, and lays the code out.</li>
 *   <li>Pass 2 runs the same program with fresh labels and answers each one, by name, with the address it
 *       had after pass 1.</li>
 * </ol>
 * That is exact as long as no instruction's length depends on the numbers. The forms that take them here have
 * fixed-size fields ({@code disp16}, {@code imm16}, {@code imm32}) for values from the origin up, and the
 * origin is above 0x7F, so no placeholder picks a short form. Pass 2 checks that every label kept its
 * address, and fails otherwise.
 *
 * <p>Labels handed to {@link #of} must have unique names within the program, since the passes match them by
 * name. Host only; one instance per pass.
 */
final class AbsoluteLabels {
    /** A program that can be assembled twice: emits the same instructions given the same addresses. */
    @FunctionalInterface
    interface Program {
        void emit(Assembler a, AbsoluteLabels labels);
    }

    private final long origin;
    /** Addresses from pass 1, by label name; null during pass 1. */
    private final Map<String, Long> known;
    /** Labels asked for in this pass, by name. */
    private final Map<String, Label> asked = new LinkedHashMap<>();

    private AbsoluteLabels(long origin, Map<String, Long> known) {
        this.origin = origin;
        this.known = known;
    }

    /** Assembles {@code program} for {@code mode} at {@code origin}, resolving {@link #of} exactly. */
    static MachineCode assemble(Mode mode, long origin, Program program) {
        AbsoluteLabels first = new AbsoluteLabels(origin, null);
        Assembler draft = new Assembler(mode, origin);
        program.emit(draft, first);
        MachineCode draftCode = draft.finish();
        Map<String, Long> addresses = first.addresses();

        AbsoluteLabels second = new AbsoluteLabels(origin, addresses);
        Assembler fin = new Assembler(mode, origin);
        program.emit(fin, second);
        MachineCode code = fin.finish();
        if (code.size() != draftCode.size()) {
            throw new IllegalStateException("the program is " + draftCode.size() + " bytes with placeholder "
                    + "addresses and " + code.size() + " bytes with real ones: an instruction took a shorter "
                    + "form for a small value; use one with a fixed-size field");
        }
        Map<String, Long> finalAddresses = second.addresses();
        if (!finalAddresses.equals(addresses)) {
            throw new IllegalStateException("labels moved between passes: " + addresses + " then "
                    + finalAddresses);
        }
        return code;
    }

    /** The absolute address of {@code label}, which the program binds somewhere. */
    long of(Label label) {
        Label previous = asked.putIfAbsent(label.name(), label);
        if (previous != null && previous != label) {
            throw new IllegalArgumentException("two labels are named " + label.name()
                    + ": labels whose address is taken need unique names");
        }
        if (known == null) {
            return origin;
        }
        Long address = known.get(label.name());
        if (address == null) {
            throw new IllegalStateException("label " + label.name() + " is asked for only in the second pass: "
                    + "the program must emit the same code in both passes");
        }
        return address;
    }

    private Map<String, Long> addresses() {
        Map<String, Long> addresses = new LinkedHashMap<>();
        asked.forEach((name, label) -> addresses.put(name, origin + label.offset()));
        return addresses;
    }
}
