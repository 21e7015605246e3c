package org.torito.bootimage.image;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * HotSpot's helpful {@code NullPointerException} messages (JEP 358), worded at build time from the bytecode
 * of the instruction that found null: {@code Cannot invoke "String.length()" because "<local1>" is null}.
 *
 * <p>A message is an action, from the failing instruction alone ({@code Cannot read field "next"}), and a
 * cause that describes where the null came from, found by following the null operand back to the instruction
 * that pushed it ({@link StackSources}): a local ({@code "s"}; without a LocalVariableTable {@code "this"},
 * {@code "<parameter2>"} for a parameter no path stored into, else {@code "<local3>"}), a static field
 * ({@code "Foo.cache"}), an instance field after its object ({@code "this.head.next"}), an array element
 * ({@code "a[i]"}, {@code "a[0]"}, {@code "a[...]"} for an index that is not a constant, local or element), a
 * method's result ({@code because the return value of "Foo.bar()" is null}) or the constant ({@code "null"}).
 * A description nests at most {@value #MAX_DETAIL} deep; where the source cannot be described the message
 * is the action alone. The wording of types follows HotSpot: class names with dots, {@code java.lang.Object}
 * and {@code java.lang.String} shortened as owners, and any parameter type that starts with one of them
 * shortened in parameter lists ({@code StringBuilder}).
 */
public final class NullPointerMessages {
    /** How many instructions deep a description goes: {@code a.b.c.d.e}. */
    static final int MAX_DETAIL = 5;
    private static final String LANG = "java.lang.";

    /**
     * A message in its two parts: the action, and the cause, which starts with " because" and is null when
     * the source of the null is not known.
     */
    public record Message(Part action, Part cause) {
        public String text() {
            return cause == null ? action.text() : action.text() + cause.text();
        }
    }

    /**
     * Part of a message: a subject (a method, a field, a description such as {@code this.head}) in a fixed
     * wording, {@code before} and {@code after} it. There are few wordings, and subjects repeat, so an image
     * stores each once.
     */
    public record Part(String before, String subject, String after) {
        /** A part that is all subject: a wording of its own. */
        static Part of(String text) {
            return new Part("", text, "");
        }

        public String text() {
            return before + subject + after;
        }
    }

    private final MethodNode method;
    private final StackSources sources;

    private NullPointerMessages(MethodNode method, StackSources sources) {
        this.method = method;
        this.sources = sources;
    }

    /**
     * The message of the {@code NullPointerException} that instruction {@code insn} of {@code method} throws
     * when its reference operand is null, or null when that instruction throws none of its own (a constructor
     * call throws one only when code makes it: {@code new NullPointerException()}).
     */
    public static Message of(MethodNode method, AbstractInsnNode insn) {
        return nullSlot(insn) < 0 ? null : message(method, insn, StackSources.of(method, insn));
    }

    /**
     * The messages an image needs for the instructions of {@code checked}, by instruction, from one analysis
     * of {@code method}: as {@link #of}, except that an instruction whose operand is never null (a new object
     * or array, a constant, {@code this}) has none, since no one can see it.
     */
    public static Map<AbstractInsnNode, Message> ofChecks(MethodNode method, Collection<AbstractInsnNode> checked) {
        List<AbstractInsnNode> throwing = checked.stream().filter(insn -> nullSlot(insn) >= 0).toList();
        Map<AbstractInsnNode, StackSources> views = StackSources.of(method, throwing);
        boolean thisStays = (method.access & Opcodes.ACC_STATIC) == 0 && !storesLocalZero(method);
        Map<AbstractInsnNode, Message> messages = new IdentityHashMap<>();
        for (AbstractInsnNode insn : throwing) {
            StackSources sources = views.get(insn);
            int at = sources.index(insn);
            int source = sources.reached(at) ? sources.source(at, nullSlot(insn)) : StackSources.UNKNOWN;
            if (source == StackSources.UNKNOWN || !neverNull(sources.instruction(source), thisStays)) {
                messages.put(insn, message(method, insn, sources));
            }
        }
        return messages;
    }

    private static Message message(MethodNode method, AbstractInsnNode insn, StackSources sources) {
        return new Message(action(insn), new NullPointerMessages(method, sources).cause(insn, nullSlot(insn)));
    }

    /** Whether {@code insn} pushes a value that cannot be null; {@code thisStays}: local 0 is always this. */
    private static boolean neverNull(AbstractInsnNode insn, boolean thisStays) {
        return switch (insn.getOpcode()) {
            case Opcodes.NEW, Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY -> true;
            case Opcodes.LDC -> !(((LdcInsnNode) insn).cst instanceof ConstantDynamic);
            case Opcodes.ALOAD -> thisStays && ((VarInsnNode) insn).var == 0;
            default -> false;
        };
    }

    private static boolean storesLocalZero(MethodNode method) {
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof VarInsnNode local && local.var == 0 && local.getOpcode() >= Opcodes.ISTORE
                    && local.getOpcode() <= Opcodes.ASTORE) {
                return true;
            }
        }
        return false;
    }

    /** The operand stack slot (0 = the top) that {@code insn} finds null, or -1 when it checks none. */
    private static int nullSlot(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.GETFIELD, Opcodes.ARRAYLENGTH, Opcodes.ATHROW, Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> 0;
            case Opcodes.IALOAD, Opcodes.LALOAD, Opcodes.FALOAD, Opcodes.DALOAD, Opcodes.AALOAD, Opcodes.BALOAD,
                    Opcodes.CALOAD, Opcodes.SALOAD -> 1;
            case Opcodes.IASTORE, Opcodes.FASTORE, Opcodes.AASTORE, Opcodes.BASTORE, Opcodes.CASTORE,
                    Opcodes.SASTORE -> 2;
            case Opcodes.LASTORE, Opcodes.DASTORE -> 3;
            case Opcodes.PUTFIELD -> Type.getType(((FieldInsnNode) insn).desc).getSize();
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKEINTERFACE -> {
                MethodInsnNode call = (MethodInsnNode) insn;
                yield call.name.equals("<init>") ? -1 : (Type.getArgumentsAndReturnSizes(call.desc) >> 2) - 1;
            }
            default -> -1;
        };
    }

    // ------------------------------------------------------------------------------------------------
    // The action: what the instruction could not do
    // ------------------------------------------------------------------------------------------------

    private static Part action(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.GETFIELD -> new Part("Cannot read field \"", ((FieldInsnNode) insn).name, "\"");
            case Opcodes.PUTFIELD -> new Part("Cannot assign field \"", ((FieldInsnNode) insn).name, "\"");
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKEINTERFACE ->
                    new Part("Cannot invoke \"", methodName((MethodInsnNode) insn), "\"");
            default -> Part.of(arrayOrMonitorAction(insn.getOpcode()));
        };
    }

    private static String arrayOrMonitorAction(int opcode) {
        return switch (opcode) {
            case Opcodes.IALOAD -> "Cannot load from int array";
            case Opcodes.LALOAD -> "Cannot load from long array";
            case Opcodes.FALOAD -> "Cannot load from float array";
            case Opcodes.DALOAD -> "Cannot load from double array";
            case Opcodes.AALOAD -> "Cannot load from object array";
            case Opcodes.BALOAD -> "Cannot load from byte/boolean array";
            case Opcodes.CALOAD -> "Cannot load from char array";
            case Opcodes.SALOAD -> "Cannot load from short array";
            case Opcodes.IASTORE -> "Cannot store to int array";
            case Opcodes.LASTORE -> "Cannot store to long array";
            case Opcodes.FASTORE -> "Cannot store to float array";
            case Opcodes.DASTORE -> "Cannot store to double array";
            case Opcodes.AASTORE -> "Cannot store to object array";
            case Opcodes.BASTORE -> "Cannot store to byte/boolean array";
            case Opcodes.CASTORE -> "Cannot store to char array";
            case Opcodes.SASTORE -> "Cannot store to short array";
            case Opcodes.ARRAYLENGTH -> "Cannot read the array length";
            case Opcodes.ATHROW -> "Cannot throw exception";
            case Opcodes.MONITORENTER -> "Cannot enter synchronized block";
            default -> "Cannot exit synchronized block";
        };
    }

    // ------------------------------------------------------------------------------------------------
    // The cause: where the null came from
    // ------------------------------------------------------------------------------------------------

    /**
     * " because ... is null" for slot {@code slot} before {@code insn}, or null. Like HotSpot, it opens with
     * {@code because "} before it knows whether the source can be described: a source that is no
     * instruction it knows leaves that opening alone (javac's code has none that can push null).
     */
    private Part cause(AbstractInsnNode insn, int slot) {
        int at = sources.index(insn);
        if (!sources.reached(at) || sources.source(at, slot) == StackSources.UNKNOWN) {
            return null;
        }
        int op = sources.instruction(sources.source(at, slot)).getOpcode();
        boolean call = op == Opcodes.INVOKEVIRTUAL || op == Opcodes.INVOKESPECIAL || op == Opcodes.INVOKESTATIC
                || op == Opcodes.INVOKEINTERFACE;
        String opening = call ? " because the return value of \"" : " because \"";
        StringBuilder subject = new StringBuilder();
        if (!describe(subject, at, slot, MAX_DETAIL, false)) {
            return call ? null : Part.of(opening);
        }
        return new Part(opening, subject.toString(), "\" is null");
    }

    /**
     * Appends what slot {@code slot} (0 = the top) before instruction {@code at} holds, in at most
     * {@code detail} nested descriptions; false (and nothing appended) when it cannot be described.
     * {@code inIndex}: inside an array index, where a call is named without "the return value of".
     */
    private boolean describe(StringBuilder out, int at, int slot, int detail, boolean inIndex) {
        if (detail <= 0 || !sources.reached(at)) {
            return false;
        }
        int source = sources.source(at, slot);
        if (source == StackSources.UNKNOWN) {
            return false;
        }
        AbstractInsnNode insn = sources.instruction(source);
        switch (insn.getOpcode()) {
            case Opcodes.ILOAD, Opcodes.ALOAD -> {
                int local = ((VarInsnNode) insn).var;
                out.append(localName(source, local, !sources.stored(at, local)));
                return true;
            }
            case Opcodes.ACONST_NULL -> {
                out.append("null");
                return true;
            }
            case Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3,
                    Opcodes.ICONST_4, Opcodes.ICONST_5 -> {
                out.append(insn.getOpcode() - Opcodes.ICONST_0);
                return true;
            }
            case Opcodes.BIPUSH, Opcodes.SIPUSH -> {
                out.append(((IntInsnNode) insn).operand);
                return true;
            }
            case Opcodes.IALOAD, Opcodes.AALOAD -> {
                if (!describe(out, source, 1, detail - 1, inIndex)) {
                    out.append("<array>");
                }
                out.append('[');
                if (!describe(out, source, 0, detail - 1, true)) {
                    out.append("...");
                }
                out.append(']');
                return true;
            }
            case Opcodes.GETSTATIC -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                out.append(className(field.owner)).append('.').append(field.name);
                return true;
            }
            case Opcodes.GETFIELD -> {
                if (describe(out, source, 0, detail - 1, inIndex)) {
                    out.append('.');
                }
                out.append(((FieldInsnNode) insn).name);
                return true;
            }
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE -> {
                out.append(methodName((MethodInsnNode) insn));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The name of local {@code slot} as read by instruction {@code at}: from the LocalVariableTable when an
     * entry covers it, else {@code this}, {@code <parameterN>} (counted from 1, the receiver not counted) for
     * a parameter's slot while no path stored into it, or {@code <localN>}.
     */
    private String localName(int at, int slot, boolean parameter) {
        if (method.localVariables != null) {
            for (LocalVariableNode local : method.localVariables) {
                if (local.index == slot && at >= sources.index(local.start) && at < sources.index(local.end)) {
                    return local.name;
                }
            }
        }
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        if (parameter && !isStatic && slot == 0) {
            return "this";
        }
        int first = isStatic ? 0 : 1;
        int number = 1;
        for (Type argument : Type.getArgumentTypes(method.desc)) {
            if (slot >= first && slot < first + argument.getSize()) {
                return parameter ? "<parameter" + number + ">" : "<local" + slot + ">";
            }
            first += argument.getSize();
            number++;
        }
        return "<local" + slot + ">";
    }

    // ------------------------------------------------------------------------------------------------
    // Names as HotSpot prints them
    // ------------------------------------------------------------------------------------------------

    /** {@code Owner.name(parameter types)}: {@code java.util.Map.put(Object, Object)}. */
    private static String methodName(MethodInsnNode call) {
        StringBuilder parameters = new StringBuilder();
        for (Type argument : Type.getArgumentTypes(call.desc)) {
            String name = argument.getClassName();
            if (name.startsWith(LANG + "Object") || name.startsWith(LANG + "String")) {
                name = name.substring(LANG.length());
            }
            parameters.append(parameters.length() == 0 ? "" : ", ").append(name);
        }
        return className(call.owner) + "." + call.name + "(" + parameters + ")";
    }

    /** A class (or array class) as its external name, {@code java.lang.Object} and {@code String} shortened. */
    private static String className(String internalName) {
        String name = internalName.replace('/', '.');
        return name.equals(LANG + "Object") || name.equals(LANG + "String") ? name.substring(LANG.length()) : name;
    }
}
