package org.torito.test.corpus.lang;

/** ulp, nextUp, nextDown, nextAfter, signum, copySign, getExponent, scalb and IEEEremainder at special values. */
public final class MathUlps {
    private MathUlps() {
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, -1.0, 0.1, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MIN_NORMAL - Double.MIN_VALUE, 2.0, 1024.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -5e-324};
        for (double v : values) {
            System.out.println(v + ": ulp=" + Math.ulp(v) + " up=" + Math.nextUp(v) + " down=" + Math.nextDown(v)
                    + " after0=" + Math.nextAfter(v, 0.0) + " sig=" + Math.signum(v) + " exp=" + Math.getExponent(v)
                    + " scalb3=" + Math.scalb(v, 3) + " scalb-1080=" + Math.scalb(v, -1080) + " copy-="
                    + Math.copySign(v, -1.0) + " sulp=" + StrictMath.ulp(v));
        }
        float[] floats = {0f, -0f, 1f, 0.1f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN,
            Float.NEGATIVE_INFINITY, 16777216f};
        for (float f : floats) {
            System.out.println(f + ": ulp=" + Math.ulp(f) + " up=" + Math.nextUp(f) + " down=" + Math.nextDown(f)
                    + " after=" + Math.nextAfter(f, Double.NEGATIVE_INFINITY) + " sig=" + Math.signum(f) + " exp="
                    + Math.getExponent(f) + " scalb=" + Math.scalb(f, 100) + " copy=" + Math.copySign(f, -0f));
        }
        double[][] rem = {{5, 3}, {-5, 3}, {5.5, 2}, {6.5, 2}, {7.5, 2}, {1, 0}, {Double.POSITIVE_INFINITY, 2},
            {3, Double.POSITIVE_INFINITY}, {-0.0, 1}, {1e300, 3}, {0.3, 0.1}};
        for (double[] r : rem) {
            System.out.print("IEEErem(" + r[0] + "," + r[1] + ")=" + Math.IEEEremainder(r[0], r[1]) + " %="
                    + r[0] % r[1] + " srem=" + StrictMath.IEEEremainder(r[0], r[1]) + "; ");
        }
        System.out.println();
        double d = 1.0;
        int steps = 0;
        while (d + 1.0 != d) {
            d *= 2;
            steps++;
        }
        System.out.println("2^" + steps + " = " + d + " absorbs 1, ulp " + Math.ulp(d));
        double walk = 1.0;
        for (int i = 0; i < 3; i++) {
            walk = Math.nextUp(walk);
        }
        System.out.println(walk + " " + (walk - 1.0) / Math.ulp(1.0) + " " + Math.nextAfter(1.0, 2.0) + " "
                + Math.nextAfter(1.0, 1.0) + " " + Math.nextAfter(0.0, -1.0) + " " + Math.nextAfter(-0.0, 0.0));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " "
                + Math.min(1f, Float.NaN) + " " + Math.toRadians(180) + " " + Math.toDegrees(Math.PI));
    }
}
