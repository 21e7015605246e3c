package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.List;

/** ThreadLocal on the main thread: initial values, withInitial, set, remove, re-initialization and nesting. */
public final class ThreadLocalValues {
    static final class Counter {
        static int created;
        int value;

        Counter() {
            created++;
        }
    }

    static final ThreadLocal<Counter> COUNTER = ThreadLocal.withInitial(Counter::new);
    static final ThreadLocal<StringBuilder> BUFFER = new ThreadLocal<>() {
        @Override
        protected StringBuilder initialValue() {
            return new StringBuilder("init:");
        }
    };
    static final ThreadLocal<String> PLAIN = new ThreadLocal<>();
    static final InheritableThreadLocal<List<String>> CONTEXT = new InheritableThreadLocal<>();

    private ThreadLocalValues() {
    }

    static String render(int depth) {
        COUNTER.get().value++;
        BUFFER.get().append(depth);
        return depth == 0 ? BUFFER.get().toString() : render(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println(render(4) + " counter=" + COUNTER.get().value + " created=" + Counter.created);
        BUFFER.remove();
        COUNTER.remove();
        System.out.println(render(1) + " counter=" + COUNTER.get().value + " created=" + Counter.created);
        System.out.println(PLAIN.get());
        PLAIN.set("täglich");
        System.out.println(PLAIN.get());
        PLAIN.set(null);
        System.out.println(PLAIN.get());
        PLAIN.remove();
        PLAIN.remove();
        System.out.println(PLAIN.get());
        CONTEXT.set(new ArrayList<>(List.of("request-1")));
        CONTEXT.get().add("user=ana");
        System.out.println(CONTEXT.get());
        List<ThreadLocal<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int seed = i;
            many.add(ThreadLocal.withInitial(() -> seed * seed));
        }
        long sum = 0;
        for (int i = 0; i < many.size(); i++) {
            if (i % 3 == 0) {
                many.get(i).set(-1);
            }
            sum += many.get(i).get();
        }
        for (int i = 0; i < many.size(); i += 2) {
            many.get(i).remove();
        }
        long after = 0;
        for (ThreadLocal<Integer> t : many) {
            after += t.get();
        }
        System.out.println(sum + " " + after);
        ThreadLocal<Integer> failing = ThreadLocal.withInitial(() -> Integer.parseInt("x"));
        try {
            failing.get();
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            ThreadLocal.withInitial(null);
        } catch (NullPointerException e) {
            System.out.println("withInitial(null): " + e.getClass().getName());
        }
    }
}
