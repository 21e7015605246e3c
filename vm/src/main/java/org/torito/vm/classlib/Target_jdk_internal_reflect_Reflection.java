package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.CodeMap;
import org.torito.vm.runtime.Frames;

/** The caller-sensitive part of {@code jdk.internal.reflect.Reflection}, from the stack walker. */
@TargetClass("jdk.internal.reflect.Reflection")
final class Target_jdk_internal_reflect_Reflection {
    private Target_jdk_internal_reflect_Reflection() {
    }

    /**
     * The class of the method that called the caller-sensitive method calling this one: two frames up. There
     * is no reflective {@code Method.invoke} frame to skip in an image yet.
     */
    @Substitute
    public static Class<?> getCallerClass() {
        long callerSensitiveFrame = Frames.caller(Magic.framePointer());
        long entry = CodeMap.find(Frames.returnAddress(callerSensitiveFrame) - 1);
        if (entry == 0) {
            throw new InternalError("getCallerClass: no Java caller");
        }
        return CodeMap.declaringClass(entry);
    }
}
