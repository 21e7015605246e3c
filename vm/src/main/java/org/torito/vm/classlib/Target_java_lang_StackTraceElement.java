package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.StackTraces;

/**
 * Stack trace elements from a {@link Target_java_lang_Throwable} backtrace, printed as HotSpot prints them:
 * {@code java.base/java.util.ArrayList.get(ArrayList.java:427)} for the JDK's classes (module name, no
 * version, no loader name), {@code Main.main(Main.java:5)} for the application's (the app loader's name is
 * left out too).
 */
@TargetClass("java.lang.StackTraceElement")
final class Target_java_lang_StackTraceElement {
    private Target_java_lang_StackTraceElement() {
    }

    @Substitute
    static StackTraceElement[] of(Throwable x, int depth) {
        long[] trace = (long[]) ((Target_java_lang_Throwable) (Object) x).backtrace;
        StackTraceElement[] elements = new StackTraceElement[depth];
        for (int i = 0; i < depth; i++) {
            long address = trace[i];
            Class<?> declaring = StackTraces.declaringClass(address);
            elements[i] = new StackTraceElement(null, ClassObjects.moduleName(declaring), null, declaring.getName(),
                    StackTraces.methodName(address), StackTraces.fileName(address), StackTraces.lineNumber(address));
        }
        return elements;
    }
}
