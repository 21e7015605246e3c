package org.torito.bootimage.gcmaps;

/** Methods whose call sites the tests compile and take apart: small, with known frames at each call. */
final class CallSiteFixtures {
    static final String NAME = "org/torito/bootimage/gcmaps/CallSiteFixtures";

    private CallSiteFixtures() {
    }

    /** At the call of valueOf: locals o, s (both references), stack s below the argument o. */
    static String onStack(Object o, String s) {
        return s.concat(String.valueOf(o));
    }

    /** At the last call, local 1 held a String on one path and an int on the other: it is unusable. */
    static void mixed(boolean flag) {
        if (flag) {
            String s = "x";
            sink(s);
        } else {
            int i = 3;
            sinkInt(i);
        }
        sink(null);
    }

    static void sink(Object o) {
    }

    static void sinkInt(int i) {
    }
}
