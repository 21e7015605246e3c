package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.math.Exponential;
import org.torito.vm.math.Hyperbolic;
import org.torito.vm.math.InverseTrig;
import org.torito.vm.math.Log;
import org.torito.vm.math.Remainder;
import org.torito.vm.math.Trig;

/** {@code StrictMath}'s fdlibm natives, from {@code vm.math}: every one, bit for bit as fdlibm computes them. */
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

    @Substitute
    public static double sin(double a) {
        return Trig.sin(a);
    }

    @Substitute
    public static double cos(double a) {
        return Trig.cos(a);
    }

    @Substitute
    public static double tan(double a) {
        return Trig.tan(a);
    }

    @Substitute
    public static double asin(double a) {
        return InverseTrig.asin(a);
    }

    @Substitute
    public static double acos(double a) {
        return InverseTrig.acos(a);
    }

    @Substitute
    public static double atan(double a) {
        return InverseTrig.atan(a);
    }

    @Substitute
    public static double atan2(double y, double x) {
        return InverseTrig.atan2(y, x);
    }
}
