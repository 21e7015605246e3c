package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.List;

/** ClassCastException messages from checkcast, generic erasure, Class.cast and sorting of mixed elements. */
public final class ClassCastMessages {
    interface Shape {
    }

    static final class Circle implements Shape {
    }

    static final class Square implements Shape {
    }

    private ClassCastMessages() {
    }

    static Object pick(int i) {
        switch (i) {
            case 0:
                return "text";
            case 1:
                return 42;
            case 2:
                return new Circle();
            case 3:
                return new int[2];
            default:
                return new String[] {"s"};
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            Object o = pick(i);
            try {
                Integer n = (Integer) o;
                System.out.println(i + ": integer " + n);
            } catch (ClassCastException e) {
                System.out.println(i + ": " + e.getMessage());
            }
        }
        try {
            Shape s = (Shape) pick(2);
            Square sq = (Square) s;
            System.out.println(sq != null);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object[] objects = (Object[]) pick(3);
            System.out.println(objects.length);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        List raw = new ArrayList();
        raw.add("not a number");
        List<Integer> numbers = raw;
        try {
            int first = numbers.get(0);
            System.out.println(first);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(Integer.class.cast("7"));
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        List<Object> mixed = new ArrayList<>(List.of(3, "three", 1));
        try {
            mixed.sort(null);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Comparable<Object> c = (Comparable<Object>) (Object) new Circle();
            System.out.println(c);
        } catch (ClassCastException e) {
            e.printStackTrace(System.out);
        }
    }
}
