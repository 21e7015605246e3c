package org.torito.vm.math;

/** {@link Trig#tan} against the host's {@code StrictMath.tan} (fdlibm), bit for bit. */
class TanProperties extends TrigFunctionProperties {
    @Override
    double expected(double x) {
        return StrictMath.tan(x);
    }

    @Override
    double actual(double x) {
        return Trig.tan(x);
    }

    @Override
    String name() {
        return "tan";
    }
}
