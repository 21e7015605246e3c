package org.torito.test.objects;

import org.torito.test.support.Out;

/** java.lang.StringBuilder and basic String methods from the JDK itself, compiled into the image. */
public final class Builders {
    private static int n;
    private static long big;

    private Builders() {
    }

    public static void main(String[] args) {
        n = -1234;
        big = Long.MIN_VALUE;
        StringBuilder sb = new StringBuilder();
        sb.append("n=").append(n).append(", big=").append(big).append(", c=").append('\u00e9')
                .append(", ok=").append(true);
        Out.println(sb.toString());
        sb.setLength(0);
        for (int i = 0; i < 40; i++) {
            sb.append(i % 10);
        }
        sb.insert(5, "<>").reverse();
        String s = sb.toString();
        Out.println(s);
        Out.println(s.length());
        Out.println(s.charAt(3));
        Out.println(s.equals(new StringBuilder(s).toString()));
        Out.println(s.hashCode());
        Out.println("abc".compareTo("abd"));
        Out.println(String.valueOf(n));
        Out.println(Integer.toString(255, 16));
        Out.println(Long.toString(big));
        Out.println(Integer.MAX_VALUE + "".length());
        StringBuilder wide = new StringBuilder("\u65e5\u672c");
        wide.append("x").append('\u0416');
        Out.println(wide.toString());
        Out.println(wide.length());
        Out.println("intern".equals(new StringBuilder("in").append("tern").toString().intern()));
        Out.println("intern" == new StringBuilder("in").append("tern").toString().intern());
    }
}
