package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.List;

/** Integer, Long, Short, Byte, Character and Boolean caches: == versus equals inside and outside -128..127. */
public final class BoxingCaches {
    private BoxingCaches() {
    }

    public static void main(String[] args) {
        int[] values = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MAX_VALUE};
        for (int v : values) {
            Integer a = v;
            Integer b = v;
            Integer c = Integer.valueOf(v);
            Long la = (long) v;
            Long lb = Long.valueOf(v);
            System.out.println(v + ": int==" + (a == b) + " valueOf==" + (a == c) + " equals=" + a.equals(b)
                    + " long==" + (la == lb) + " long.equals=" + la.equals(lb) + " cross=" + a.equals(la)
                    + " unboxed==" + (a.intValue() == lb));
        }
        for (int v = -130; v <= 130; v += 130) {
            short sv = (short) v;
            Short s1 = sv;
            Short s2 = sv;
            System.out.println("short " + v + " " + (s1 == s2) + " " + s1.equals(s2));
        }
        Byte b1 = (byte) -128;
        Byte b2 = Byte.valueOf((byte) -128);
        System.out.println("byte " + (b1 == b2) + " " + b1.equals(b2));
        char[] chars = {'a', '\u007f', '\u0080', 'é', '中'};
        for (char ch : chars) {
            Character c1 = ch;
            Character c2 = Character.valueOf(ch);
            System.out.println("char " + (int) ch + " " + (c1 == c2) + " " + c1.equals(c2));
        }
        Boolean t1 = true;
        Boolean t2 = Boolean.valueOf("TRUE");
        System.out.println("bool " + (t1 == t2) + " " + (Boolean.valueOf("yes") == Boolean.FALSE) + " "
                + Boolean.parseBoolean(null));
        Double d1 = 1.0;
        Double d2 = 1.0;
        System.out.println("double equals " + d1.equals(d2) + " nan " + Double.valueOf(Double.NaN).equals(Double.NaN)
                + " zero " + Double.valueOf(0.0).equals(-0.0) + " prim " + (0.0 == -0.0));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(i * 100);
        }
        list.remove(Integer.valueOf(100));
        list.remove(0);
        System.out.println(list + " " + list.contains(300) + " " + list.indexOf(400));
        Integer sum = 0;
        for (Integer x : list) {
            sum += x;
        }
        System.out.println("sum " + sum + " " + (sum == 900) + " " + sum.equals(900) + " " + sum.equals(900L));
        Integer nothing = null;
        try {
            int n = nothing;
            System.out.println(n);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NullPointerException");
        }
        Object o = 42;
        Object l = 42L;
        Object ch = 'x';
        System.out.println(o.getClass().getSimpleName() + " " + l.getClass().getSimpleName() + " "
                + ch.getClass().getSimpleName() + " " + o.equals(l));
        System.out.println(Integer.compare(5, 3) + " " + Integer.valueOf(5).compareTo(7) + " "
                + Character.valueOf('b').compareTo('a') + " " + Boolean.compare(true, false) + " "
                + Integer.hashCode(-7) + " " + Long.hashCode(-7L) + " " + Long.hashCode(1L << 40) + " "
                + Boolean.hashCode(true) + " " + Character.hashCode('A') + " " + Double.hashCode(1.5));
    }
}
