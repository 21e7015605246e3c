package org.torito.test.corpus.text;

/** Float.toString of many values, float versus double printing of the same numbers, and round trips. */
public final class FloatToString {
    private FloatToString() {
    }

    public static void main(String[] args) {
        float f = 1.0f;
        for (int i = 0; i < 15; i++) {
            System.out.println(f + " " + (1 / f) + " " + (f / 3) + " " + (double) (f / 3));
            f *= 10;
        }
        float[] values = {0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1.1f, 3.14159265f, 16777217f, 1e-3f, 9.999e-4f, 1e7f,
            9999999f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -0.0f, Float.NaN,
            Float.NEGATIVE_INFINITY, 1.0f / 0, 100f / 7, 2f / 3, 33554430f, 0.5f, 1e38f, 1.4e-45f};
        for (float v : values) {
            float back = Float.parseFloat(Float.toString(v));
            System.out.println(v + " as double " + (double) v + " bits " + Integer.toHexString(Float.floatToIntBits(v))
                    + (Float.compare(back, v) == 0 ? " round trip" : " CHANGED"));
        }
        float acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += 0.1f;
            System.out.print(acc + (i == 9 ? "\n" : ","));
        }
        int[] bits = {0x3f800001, 0x3f7fffff, 0x00000001, 0x007fffff, 0x7f7fffff, 0xbfc00000, 0x4b000001};
        for (int b : bits) {
            float x = Float.intBitsToFloat(b);
            System.out.println(Integer.toHexString(b) + " " + x + " " + Float.toHexString(x));
        }
        System.out.println(Float.valueOf("  2.5f ") + " " + Float.parseFloat("-1e-50") + " " + Float.parseFloat("1e39")
                + " " + Float.parseFloat("0x1.8p1") + " " + Float.valueOf(7).toString());
        StringBuilder sb = new StringBuilder();
        sb.append(1.5f).append('|').append(-2e-8f).append('|').append(123456.79f);
        System.out.println(sb);
    }
}
