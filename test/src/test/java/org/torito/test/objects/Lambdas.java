package org.torito.test.objects;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.torito.test.support.Out;

/**
 * Lambdas and method references (invokedynamic through LambdaMetafactory, desugared at build time): captured
 * values of every width, static, instance, bound, interface, private and constructor references, generic
 * interfaces with casts, primitive widening, and {@code altMetafactory} sites (intersection casts with a
 * marker interface and with Serializable).
 */
public final class Lambdas {
    interface Shape {
        long area();

        default String describe() {
            return "area " + area();
        }
    }

    interface Marker {
    }

    /** A functional interface of our own, with a primitive-returning method over a long and a double. */
    interface Mixer {
        long mix(int a, long b, double c);
    }

    private final String name;
    private int calls;

    private Lambdas(String name) {
        this.name = name;
    }

    private String greet(String whom) {
        calls++;
        return name + " greets " + whom;
    }

    private static int square(int x) {
        return x * x;
    }

    private static long widen(long value) {
        return value * 3;
    }

    public static void main(String[] args) {
        IntUnaryOperator sq = Lambdas::square;
        Out.println("square 12 = " + sq.applyAsInt(12));

        int base = 100;
        long big = 1L << 40;
        double half = 0.5;
        char mark = '#';
        Mixer mixer = (a, b, c) -> a + b + base + big + (long) (c * half) + mark;
        Out.println("mix = " + mixer.mix(1, 2L, 9.0));

        IntBinaryOperator max = Math::max;
        Out.println("max = " + max.applyAsInt(-4, 7));

        Lambdas host = new Lambdas("torito");
        Function<String, String> bound = host::greet;
        Out.println(bound.apply("you"));
        Out.println(bound.apply("the world") + ", calls " + host.calls);

        BiFunction<Lambdas, String, String> unbound = Lambdas::greet;
        Out.println(unbound.apply(new Lambdas("kernel"), "gdb"));

        Supplier<StringBuilder> builders = StringBuilder::new;
        StringBuilder sb = builders.get();
        sb.append("built");
        Function<String, StringBuilder> appender = sb::append;
        appender.apply(" and appended");
        Out.println(sb.toString());

        ToIntFunction<String> length = String::length;
        Out.println("length = " + length.applyAsInt("sixteen chars..."));

        Function<CharSequence, String> viaInterface = CharSequence::toString;
        Out.println(viaInterface.apply(new StringBuilder("via an interface")));

        LongSupplier widened = () -> widen(7); // an int literal widened to the long parameter
        Out.println("widened = " + widened.getAsLong());

        double radius = 2.0;
        Shape circle = () -> (long) (3.0 * radius * radius * 1000);
        Out.println(circle.describe());

        Runnable both = (Runnable & Marker) () -> Out.println("a marked runnable ran");
        both.run();
        Out.println("is a Marker: " + (both instanceof Marker));

        java.util.Comparator<String> reversed = (java.util.Comparator<String> & java.io.Serializable)
                (x, y) -> y.compareTo(x);
        Out.println("serializable lambda " + reversed.compare("a", "b") + " "
                + (reversed instanceof java.io.Serializable));

        String[] captured = {"a", "b"};
        Supplier<String> joined = () -> captured[0] + captured[1] + captured.length;
        captured[1] = "c";
        Out.println("joined = " + joined.get());

        Function<Integer, Integer> nested = x -> applyTwice(y -> y + 1, x);
        Out.println("nested = " + nested.apply(5));

        Function<Integer, Long> unboxedAndWidened = Lambdas::widen; // Integer to int to long
        Out.println("unboxed and widened = " + unboxedAndWidened.apply(14));
        Supplier<Object> boxed = Lambdas::square7;
        Out.println("boxed = " + boxed.get());

        Runnable counter = host::count;
        counter.run();
        counter.run();
        Out.println("count calls = " + host.calls);

        Function<String, String> same = Lambdas::identity;
        Out.println("two sites, two classes: " + (same.getClass() != bound.getClass()));
        Out.println("one site, one class: " + (make().getClass() == make().getClass()));
    }

    private static int square7() {
        return square(7);
    }

    private void count() {
        calls++;
    }

    private static String identity(String s) {
        return s;
    }

    private static Supplier<String> make() {
        return () -> "made";
    }

    private static Integer applyTwice(Function<Integer, Integer> f, Integer x) {
        return f.apply(f.apply(x));
    }
}
