package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.math.Exponential;
import org.torito.vm.math.Hyperbolic;
import org.torito.vm.math.Log;
import org.torito.vm.math.Remainder;

/** {@code StrictMath}'s fdlibm natives, from {@code vm.math} (bit for bit); the others fail the build until written. */
@TargetClass("java.lang.StrictMath")
final class Target_java_lang_StrictMath {
    private Target_java_lang_StrictMath() {
    }

    @Substitute
    public static double sqrt(double a) {
        return Magic.sqrt(a);
    }

    @Substitute
    public static double log(double a) {
        return Log.log(a);
    }

    @Substitute
    public static double exp(double x) {
        return Exponential.exp(x);
    }

    @Substitute
    public static double expm1(double x) {
        return Exponential.expm1(x);
    }

    @Substitute
    public static double log1p(double x) {
        return Exponential.log1p(x);
    }

    @Substitute
    public static double log10(double x) {
        return Exponential.log10(x);
    }

    @Substitute
    public static double sinh(double x) {
        return Hyperbolic.sinh(x);
    }

    @Substitute
    public static double cosh(double x) {
        return Hyperbolic.cosh(x);
    }

    @Substitute
    public static double tanh(double x) {
        return Hyperbolic.tanh(x);
    }

    @Substitute
    public static double IEEEremainder(double f1, double f2) {
        return Remainder.IEEEremainder(f1, f2);
    }
}
