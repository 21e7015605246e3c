package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.List;

/** Interfaces with default, static and private methods; diamond resolution with X.super.m() and constants. */
public final class InterfaceMethods {
    private InterfaceMethods() {
    }

    interface Named {
        String PREFIX = "#";

        String name();

        default String label() {
            return PREFIX + decorate(name());
        }

        private String decorate(String s) {
            return "<" + s + ">";
        }

        static Named of(String n) {
            return () -> n;
        }
    }

    interface Loud extends Named {
        @Override
        default String label() {
            return Named.super.label().toUpperCase() + "!";
        }
    }

    interface Quiet extends Named {
        @Override
        default String label() {
            return shh(Named.super.label());
        }

        private static String shh(String s) {
            return "(" + s.toLowerCase() + ")";
        }
    }

    static final class Both implements Loud, Quiet {
        @Override
        public String name() {
            return "Both";
        }

        @Override
        public String label() {
            return Loud.super.label() + "&" + Quiet.super.label();
        }
    }

    static class Plain implements Named {
        @Override
        public String name() {
            return "Plain";
        }
    }

    static class Override2 extends Plain implements Loud {
    }

    interface Stack<T> extends Iterable<T> {
        void push(T t);

        T pop();

        boolean isEmpty();

        default void pushAll(List<? extends T> items) {
            for (T t : items) {
                push(t);
            }
        }

        default List<T> drain() {
            List<T> out = new ArrayList<>();
            while (!isEmpty()) {
                out.add(pop());
            }
            return out;
        }

        static <T> Stack<T> create() {
            return new Stack<>() {
                private final ArrayList<T> items = new ArrayList<>();

                public void push(T t) {
                    items.add(t);
                }

                public T pop() {
                    return items.remove(items.size() - 1);
                }

                public boolean isEmpty() {
                    return items.isEmpty();
                }

                public java.util.Iterator<T> iterator() {
                    return items.iterator();
                }
            };
        }
    }

    public static void main(String[] args) {
        List<Named> all = List.of(Named.of("lambda"), new Plain(), new Override2(), new Both(), () -> "Ünï",
                new Loud() {
                    public String name() {
                        return "anon";
                    }
                });
        for (Named n : all) {
            System.out.println(n.name() + " -> " + n.label() + " loud=" + (n instanceof Loud) + " quiet="
                    + (n instanceof Quiet));
        }
        System.out.println(Named.PREFIX + " " + Loud.PREFIX);
        Stack<Integer> s = Stack.create();
        s.pushAll(List.of(1, 2, 3));
        s.push(4);
        int sum = 0;
        for (int v : s) {
            sum += v;
        }
        System.out.println("sum " + sum + " drained " + s.drain() + " empty " + s.isEmpty());
        try {
            s.pop();
        } catch (IndexOutOfBoundsException e) {
            System.out.println("pop empty: " + e.getMessage());
        }
        Comparable<String> cmp = "m"::compareTo;
        System.out.println(cmp.compareTo("a") + " " + cmp.compareTo("z"));
    }
}
