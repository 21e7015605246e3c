package org.torito.vm.math;

/** {@link Trig#sin} against the host's {@code StrictMath.sin} (fdlibm), bit for bit. */
class SinProperties extends TrigFunctionProperties {
    @Override
    double expected(double x) {
        return StrictMath.sin(x);
    }

    @Override
    double actual(double x) {
        return Trig.sin(x);
    }

    @Override
    String name() {
        return "sin";
    }
}
