package org.torito.vm.math;

/** {@link Trig#cos} against the host's {@code StrictMath.cos} (fdlibm), bit for bit. */
class CosProperties extends TrigFunctionProperties {
    @Override
    double expected(double x) {
        return StrictMath.cos(x);
    }

    @Override
    double actual(double x) {
        return Trig.cos(x);
    }

    @Override
    String name() {
        return "cos";
    }
}
