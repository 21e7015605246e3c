package org.torito.test.corpus.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

/** Exceptions thrown inside lambdas and method references, called directly and from library code. */
public final class LambdaStackTraces {
    private LambdaStackTraces() {
    }

    static int parseStrict(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        return Integer.parseInt(s);
    }

    static <T> T call(Supplier<T> supplier) {
        return supplier.get();
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = LambdaStackTraces::parseStrict;
        System.out.println(parse.apply("42"));
        try {
            parse.apply("");
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
        }
        IntBinaryOperator divide = (a, b) -> Math.floorDiv(a, Math.negateExact(b));
        try {
            System.out.println(divide.applyAsInt(7, 2));
            System.out.println(divide.applyAsInt(7, Integer.MIN_VALUE));
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        try {
            call(() -> {
                String[] parts = "a,b".split(",");
                return new ArrayList<>(List.of(parts)).get(2);
            });
        } catch (IndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
        List<String> tokens = new ArrayList<>(List.of("1", "2", "", "4"));
        List<Integer> parsed = new ArrayList<>();
        try {
            tokens.forEach(t -> parsed.add(parseStrict(t)));
        } catch (IllegalArgumentException e) {
            System.out.println("parsed before failure: " + parsed);
            e.printStackTrace(System.out);
        }
        Runnable nested = () -> {
            Runnable inner = () -> {
                throw new UnsupportedOperationException("inner lambda");
            };
            inner.run();
        };
        try {
            nested.run();
        } catch (UnsupportedOperationException e) {
            e.printStackTrace(System.out);
        }
    }
}
