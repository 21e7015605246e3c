package org.torito.bootimage.gcmaps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.torito.compiler.baseline.ReferenceMap;

/**
 * Compares one of the compiler's GC reference maps with the {@link IndependentTypes} frame at its call site.
 * They agree when, slot for slot, the map marks exactly the slots the analysis finds to hold a reference:
 * <ul>
 *   <li>every local below max_locals: in the map iff {@link SlotKind#REFERENCE} (unusable and non-reference
 *       slots must not be in it), and no bit at or above max_locals;</li>
 *   <li>the map covers no more operand stack slots than the analysis has at that bci (the compiler leaves out
 *       the slots the call consumes, so it may cover fewer);</li>
 *   <li>every covered stack slot: in the map iff {@link SlotKind#REFERENCE}, and no bit above the covered
 *       ones.</li>
 * </ul>
 * A map at bci -1 (the prologue's stack check) is compared with the entry frame: only the arguments in
 * locals, the stack empty.
 */
final class ReferenceMapCheck {
    private ReferenceMapCheck() {
    }

    /**
     * The disagreements between {@code map} and {@code types}, one message each, naming the method, the bci,
     * the slot and both answers; empty when they agree.
     */
    static List<String> compare(ReferenceMap map, IndependentTypes types) {
        String where = types.method().where() + " bci " + map.bci() + " (return offset 0x"
                + Integer.toHexString(map.returnOffset()) + ")";
        FrameTypes frame = map.bci() == -1 ? types.entry() : types.before(map.bci());
        if (frame == null) {
            return List.of(where + ": the map is at a bci where the independent analysis reaches no instruction");
        }
        List<String> disagreements = new ArrayList<>();
        BitSet locals = map.locals();
        for (int j = 0; j < frame.maxLocals(); j++) {
            if (locals.get(j) != (frame.local(j) == SlotKind.REFERENCE)) {
                disagreements.add(where + ": local " + j + ": map says " + answer(locals.get(j))
                        + ", independent analysis says " + frame.local(j) + " (" + frame + ")");
            }
        }
        if (locals.length() > frame.maxLocals()) {
            disagreements.add(where + ": map marks local " + (locals.length() - 1) + ", but max_locals is "
                    + frame.maxLocals());
        }
        if (map.stackSlots() < 0 || map.stackSlots() > frame.stackDepth()) {
            disagreements.add(where + ": map covers " + map.stackSlots() + " operand stack slots, independent "
                    + "analysis has " + frame.stackDepth() + " (" + frame + ")");
            return disagreements;
        }
        BitSet stack = map.stack();
        for (int i = 0; i < map.stackSlots(); i++) {
            if (stack.get(i) != (frame.stackSlot(i) == SlotKind.REFERENCE)) {
                disagreements.add(where + ": stack slot " + i + ": map says " + answer(stack.get(i))
                        + ", independent analysis says " + frame.stackSlot(i) + " (" + frame + ")");
            }
        }
        if (stack.length() > map.stackSlots()) {
            disagreements.add(where + ": map marks stack slot " + (stack.length() - 1) + ", but covers only "
                    + map.stackSlots());
        }
        return disagreements;
    }

    /** A call the bytecode makes: the invoke instruction's bci, its callee, the stack slots below its arguments. */
    record CallSite(int bci, String callee, int slotsBelowArguments) {
    }

    /** Magic's methods are compiled in line (MagicIntrinsics): their invokestatic makes no call. */
    private static final String MAGIC = "org/torito/vm/Magic";

    /**
     * The reachable invoke instructions other than Magic intrinsics: every one is a call the compiled code
     * makes, with the receiver and arguments (JVMS §6.5 invoke*) on top of {@code slotsBelowArguments} slots.
     */
    static List<CallSite> callSites(IndependentTypes types) {
        MethodCode code = types.method();
        List<CallSite> sites = new ArrayList<>();
        for (int bci = 0; bci < code.length(); bci++) {
            FrameTypes frame = types.before(bci);
            int opcode = code.u1(bci);
            if (frame == null || opcode < Op.INVOKEVIRTUAL || opcode > Op.INVOKEINTERFACE) {
                continue;
            }
            ConstantPool pool = code.pool();
            int reference = code.u2(bci + 1);
            String owner = pool.className(pool.u2(reference, 0));
            if (owner.equals(MAGIC)) {
                continue;
            }
            String descriptor = pool.descriptorOf(reference);
            int argumentSlots = opcode == Op.INVOKESTATIC ? 0 : 1;
            for (String type : Descriptors.argumentTypes(descriptor)) {
                argumentSlots += Descriptors.slotsOf(type).size();
            }
            String callee = owner + "." + pool.utf8(pool.u2(pool.u2(reference, 1), 0)) + descriptor;
            sites.add(new CallSite(bci, callee, frame.stackDepth() - argumentSlots));
        }
        return sites;
    }

    /**
     * The call sites of {@code types}'s method that have no map for the call itself, that is none at their bci
     * covering exactly the slots below the receiver and arguments; one message each.
     */
    static List<String> callsWithoutMap(List<ReferenceMap> maps, IndependentTypes types) {
        List<String> missing = new ArrayList<>();
        for (CallSite site : callSites(types)) {
            boolean mapped = maps.stream()
                    .anyMatch(m -> m.bci() == site.bci() && m.stackSlots() == site.slotsBelowArguments());
            if (!mapped) {
                missing.add(types.method().where() + " bci " + site.bci() + ": the call of " + site.callee()
                        + " has no map covering the " + site.slotsBelowArguments() + " stack slots below its "
                        + "arguments; maps there cover " + maps.stream().filter(m -> m.bci() == site.bci())
                        .map(m -> String.valueOf(m.stackSlots())).toList());
            }
        }
        return missing;
    }

    private static String answer(boolean reference) {
        return reference ? "REFERENCE" : "no reference";
    }
}
