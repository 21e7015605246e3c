package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * Java stack traces from the one stack walker ({@link Frames}): what {@code Throwable.fillInStackTrace}
 * records (the code address of each frame's current call) and how a recorded address reads as a
 * {@code StackTraceElement} (class, method, file and line from the {@link CodeMap}).
 *
 * <p>As HotSpot does, a trace starts at the frame that created the throwable: the frames of
 * {@code fillInStackTrace} and of the constructors of the throwable's own class and superclasses are left
 * out. Frames of the runtime itself ({@code vm.runtime}: traps, type checks, class initialization) and of
 * generated lambda classes are never shown; HotSpot has no such frames or hides them.
 */
public final class StackTraces {
    private static final String RUNTIME_PREFIX = "org.torito.vm.runtime.";
    private static final String LAMBDA_MARKER = "$$Lambda$";

    private static final long[] NO_FRAMES = new long[0];
    /** Set by {@link #omitNext}: the next capture records no frames. */
    private static boolean omitNext;

    private StackTraces() {
    }

    /** Makes the next {@link #capture} record no frames: for an error made in advance, not where thrown. */
    static void omitNext() {
        omitNext = true;
    }

    /** The code addresses of the frames that show in a stack trace of {@code throwable}, innermost first. */
    public static long[] capture(Throwable throwable) {
        if (omitNext) {
            omitNext = false;
            return NO_FRAMES;
        }
        long[] addresses = new long[32];
        int count = 0;
        boolean leading = true;
        long fp = Magic.framePointer();
        long pc = Frames.returnAddress(fp);
        fp = Frames.caller(fp);
        while (CodeMap.isCode(pc - 1)) {
            long entry = CodeMap.find(pc - 1);
            if (entry != 0 && !hidden(entry) && !(leading && creatingFrame(entry, throwable))) {
                leading = false;
                if (count == addresses.length) {
                    long[] larger = new long[2 * count];
                    System.arraycopy(addresses, 0, larger, 0, count);
                    addresses = larger;
                }
                addresses[count++] = pc - 1;
            }
            if (fp == 0) {
                break;
            }
            pc = Frames.returnAddress(fp);
            fp = Frames.caller(fp);
        }
        long[] trace = new long[count];
        System.arraycopy(addresses, 0, trace, 0, count);
        return trace;
    }

    /** The class whose method contains {@code address}. */
    public static Class<?> declaringClass(long address) {
        return CodeMap.declaringClass(CodeMap.find(address));
    }

    /** The name of the method containing {@code address}, such as {@code main} or {@code <init>}. */
    public static String methodName(long address) {
        String qualified = qualifiedName(CodeMap.find(address));
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The source file of the method containing {@code address}, or null (also for a JDK native). */
    public static String fileName(long address) {
        long entry = CodeMap.find(address);
        long source = Magic.loadLong(entry + CodeMap.SOURCE);
        return source == 0 || isNative(entry) ? null : CodeMap.cString(source);
    }

    /** The source line of {@code address}, -1 when unknown, -2 in a JDK native ("Native Method"). */
    public static int lineNumber(long address) {
        long entry = CodeMap.find(address);
        return isNative(entry) ? -2 : CodeMap.line(entry, address);
    }

    /** Whether the method of {@code entry} stands for a native method of the JDK (its substitute). */
    private static boolean isNative(long entry) {
        return (Magic.loadInt(entry + CodeMap.FLAGS) & CodeMap.NATIVE_FLAG) != 0;
    }

    private static boolean hidden(long entry) {
        String className = CodeMap.declaringClass(entry).getName();
        return className.startsWith(RUNTIME_PREFIX) || className.contains(LAMBDA_MARKER);
    }

    /**
     * fillInStackTrace, or a constructor of a class the throwable is an instance of. Capturing allocates
     * only the trace: names are compared in the method table's bytes.
     */
    private static boolean creatingFrame(long entry, Throwable throwable) {
        return methodNameIs(entry, "fillInStackTrace")
                || methodNameIs(entry, "<init>") && CodeMap.declaringClass(entry).isInstance(throwable);
    }

    /** Whether the method of {@code entry} is named {@code name} (ASCII): the text between the last '.' and '('. */
    private static boolean methodNameIs(long entry, String name) {
        long text = Magic.loadLong(entry + CodeMap.NAME);
        long open = text;
        while (Magic.loadByte(open) != '(') {
            open++;
        }
        long start = open - name.length();
        if (start <= text || Magic.loadByte(start - 1) != '.') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Magic.loadByte(start + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code pkg.Class.method} of a method entry: its name up to the descriptor. */
    private static String qualifiedName(long entry) {
        String name = CodeMap.cString(Magic.loadLong(entry + CodeMap.NAME));
        return name.substring(0, name.indexOf('('));
    }
}
