package org.torito.test.corpus.lang;

/** Float.toString and Float.parseFloat: powers of ten, subnormals, rounding of doubles to floats, hex strings. */
public final class FloatToStringValues {
    private FloatToStringValues() {
    }

    public static void main(String[] args) {
        float p = 1.0f;
        for (int i = 0; i <= 12; i++) {
            System.out.print(p + " ");
            p *= 10;
        }
        System.out.println();
        float q = 1.0f;
        for (int i = 0; i <= 12; i++) {
            System.out.print(q + " ");
            q /= 10;
        }
        System.out.println();
        float[] values = {0f, -0f, 0.1f, 0.2f, 0.1f + 0.2f, 0.3f, 1f / 3, 16777216f, 16777217f, 1e7f, 9999999f,
            0.001f, 0.0009f, 1e38f, 3.4028235e38f, 1.17549435e-38f, 1.4e-45f, 2.8e-45f, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.MIN_NORMAL, 1f / 0, -1f / 0, 0f / 0, (float) Math.PI, (float) 1e40, (float) 1e-50,
            (float) 0.1, 123456.78f, 3.0e-10f, 100f, 1.0000001f, 8.589973e9f};
        for (float f : values) {
            System.out.println(f + " " + Float.toHexString(f) + " " + Integer.toHexString(Float.floatToRawIntBits(f))
                    + " " + (double) f);
        }
        String[] inputs = {"1.1", "3.4028236e38", "3.4028235677973366e38", "1e-46", "7e-46", "0x1.fffffeP+127",
            "0x1p-149", "-0x0.8p-149", "NaN", "-Infinity", "  2.5f  ", "1.5d", "0.000000000000000000000000000000000000000000001"};
        for (String s : inputs) {
            float f = Float.parseFloat(s);
            System.out.println(s.trim() + " -> " + f + " " + Integer.toHexString(Float.floatToIntBits(f)));
        }
        String[] bad = {"", "1.2.3", "0x1p", "Inf", "1e", "--1", null};
        for (String s : bad) {
            try {
                System.out.println(Float.parseFloat(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            } catch (NullPointerException e) {
                System.out.println("NPE for null");
            }
        }
        float acc = 0;
        for (int i = 1; i <= 10; i++) {
            acc += 1f / i;
            System.out.print(acc + " ");
        }
        System.out.println();
        System.out.println(Float.intBitsToFloat(0x7fc00001) + " " + Float.intBitsToFloat(1) + " "
                + Float.intBitsToFloat(0x007fffff) + " " + Float.compare(0f, -0f) + " " + Float.valueOf(Float.NaN)
                .equals(Float.NaN) + " " + Float.hashCode(1.5f) + " " + Float.isFinite(1e38f * 10));
    }
}
