package org.torito.test.objects;

import org.torito.test.support.Out;

/** Float/Double bit conversions and the primitive types' class objects (Integer.TYPE is int.class). */
public final class Primitives {
    private static float f;
    private static double d;

    private Primitives() {
    }

    public static void main(String[] args) {
        f = 1.5f;
        d = -0.0;
        Out.println(Float.floatToRawIntBits(f));
        Out.println(Double.doubleToRawLongBits(d));
        Out.println(Float.intBitsToFloat(0x3fc00000) == f);
        Out.println(Double.longBitsToDouble(0x8000000000000000L));
        Out.println(Integer.TYPE == int.class);
        Out.println(int.class.getName());
        Out.println(Double.TYPE.getName());
        Out.println(void.class.getName());
        Out.println(long.class == Long.TYPE);
    }
}
