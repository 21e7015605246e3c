package org.torito.test.heap;

import java.util.HashMap;
import java.util.Map;

/**
 * Output that depends on state the image makes at build time (the JDK's box caches, and {@link Holder},
 * which the test initializes at build time too): the same on HotSpot, where it is made at startup.
 */
public final class BuildTimeState {
    private BuildTimeState() {
    }

    /** Initialized at build time by the test: its arrays are image objects that the program then changes. */
    static final class Holder {
        static final Object[] SLOTS = new Object[64];
        static final long[] COUNTS = {1, 2, 3};
        static final String LITERAL = "pre-initialized";
        static final String BUILT = String.valueOf(4200 + 42);
        static final Integer BOXED = 1000;
        static final Map<String, Integer> TABLE = new HashMap<>();
        static int initializations;

        static {
            TABLE.put("one", 1);
            TABLE.put("two", 2);
            TABLE.put(LITERAL, 3);
            initializations++;
        }

        private Holder() {
        }
    }

    public static void main(String[] args) {
        System.out.println("cached 127: " + (Integer.valueOf(127) == Integer.valueOf(127)));
        System.out.println("cached -128: " + (Integer.valueOf(-128) == Integer.valueOf(-128)));
        System.out.println("uncached 128: " + (Integer.valueOf(128) == Integer.valueOf(128)));
        System.out.println("long 5: " + (Long.valueOf(5) == Long.valueOf(5)) + ", short -3: "
                + (Short.valueOf((short) -3) == Short.valueOf((short) -3)) + ", byte 99: "
                + (Byte.valueOf((byte) 99) == Byte.valueOf((byte) 99)) + ", char 'a': "
                + (Character.valueOf('a') == Character.valueOf('a')) + ", char 200: "
                + (Character.valueOf((char) 200) == Character.valueOf((char) 200)));
        System.out.println("boolean: " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + Boolean.FALSE + " "
                + Boolean.TYPE + " " + (Boolean.TYPE == boolean.class));
        Integer seven = 7;
        int hash = System.identityHashCode(seven);
        System.out.println("identity hash stable: " + (hash == System.identityHashCode(Integer.valueOf(7)))
                + " " + (hash == System.identityHashCode(seven)) + " nonzero " + (hash != 0));
        Map<Integer, String> byBox = new HashMap<>();
        for (int i = -128; i < 128; i++) {
            byBox.put(i, "v" + i);
        }
        Map<Object, Integer> byIdentity = new java.util.IdentityHashMap<>();
        for (int i = -128; i < 128; i++) {
            byIdentity.put(Integer.valueOf(i), i);
        }
        long sum = 0;
        for (int i = -128; i < 128; i++) {
            sum += byIdentity.get(Integer.valueOf(i));
        }
        System.out.println("maps: " + byBox.size() + " " + byBox.get(-5) + " " + byBox.get(Integer.valueOf(100))
                + " identity " + byIdentity.size() + " sum " + sum + " miss " + byIdentity.get(Integer.valueOf(1000)));

        System.out.println("holder: " + Holder.initializations + " " + Holder.TABLE.get("two") + " "
                + Holder.TABLE.get("pre-initialized") + " " + Holder.TABLE.size() + " " + Holder.BOXED
                + " counts " + Holder.COUNTS[2]);
        System.out.println("strings: " + (Holder.LITERAL == "pre-initialized") + " " + Holder.BUILT + " "
                + (Holder.BUILT == "4242") + " " + Holder.BUILT.equals("4242") + " "
                + (Holder.BUILT.intern() == "4242") + " " + Holder.BUILT.hashCode());
        int holderHash = System.identityHashCode(Holder.SLOTS);

        // Image objects changed to refer to new heap objects: they must survive collections.
        for (int i = 0; i < Holder.SLOTS.length; i++) {
            Holder.SLOTS[i] = new int[] {i, i * i};
        }
        Holder.TABLE.put("late", 99);
        Holder.COUNTS[0] += 41;
        long churn = 0;
        for (int round = 0; round < 40; round++) {
            Object[] garbage = new Object[2000];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = new long[16];
            }
            churn += garbage.length;
            if (round % 10 == 0) {
                System.gc();
            }
        }
        System.gc();
        long check = 0;
        for (int i = 0; i < Holder.SLOTS.length; i++) {
            int[] pair = (int[]) Holder.SLOTS[i];
            check += pair[0] + pair[1];
        }
        System.out.println("after gc: " + churn + " " + check + " " + Holder.TABLE.get("late") + " "
                + Holder.TABLE.size() + " " + Holder.COUNTS[0] + " same hash "
                + (holderHash == System.identityHashCode(Holder.SLOTS)));
    }
}
