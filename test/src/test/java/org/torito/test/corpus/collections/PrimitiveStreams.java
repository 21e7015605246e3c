package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * IntStream, LongStream and DoubleStream: range and rangeClosed (empty, negative, near Integer.MAX_VALUE),
 * boxed, sum with overflow in int and not in long, average/min/max, summaryStatistics, mapToObj, asLongStream,
 * iterate, chars of a non-ASCII string and codePoints, prime filtering, and sorted/distinct on primitives.
 */
public final class PrimitiveStreams {
    private PrimitiveStreams() {
    }

    public static void main(String[] args) {
        System.out.println("range " + Arrays.toString(IntStream.range(0, 5).toArray()) + " closed "
                + Arrays.toString(IntStream.rangeClosed(-2, 2).toArray()) + " empty " + IntStream.range(5, 5).count()
                + " backwards " + IntStream.range(5, 0).count());
        System.out.println("near MAX count " + IntStream.rangeClosed(Integer.MAX_VALUE - 3, Integer.MAX_VALUE).count()
                + " last " + IntStream.rangeClosed(Integer.MAX_VALUE - 3, Integer.MAX_VALUE).max().getAsInt());
        List<Integer> boxed = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
        System.out.println("boxed " + boxed);
        int intSum = IntStream.of(Integer.MAX_VALUE, 1).sum();
        long longSum = IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum();
        System.out.println("int sum overflows " + intSum + " long sum " + longSum + " LongStream 1..1e6 "
                + LongStream.rangeClosed(1, 1_000_000).sum());
        System.out.println("average " + IntStream.of(1, 2, 4).average().getAsDouble() + " min " + IntStream.of(3, -9, 4).min()
                + " max empty " + IntStream.empty().max() + " average empty " + IntStream.empty().average());
        System.out.println(IntStream.rangeClosed(-5, 5).map(i -> i * i).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, Long.MIN_VALUE, 0).summaryStatistics());
        System.out.println("squares " + IntStream.rangeClosed(1, 6).mapToObj(i -> i + "^2=" + i * i)
                .collect(Collectors.joining(" ")));
        System.out.println("primes " + Arrays.toString(IntStream.rangeClosed(2, 60)
                .filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).toArray()));
        System.out.println("sorted distinct " + Arrays.toString(IntStream.of(5, 3, 5, -1, 3, 0).sorted().distinct().toArray()));
        System.out.println("powers " + Arrays.toString(LongStream.iterate(1, x -> x * 10).limit(19).toArray()));
        long fact = LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b);
        System.out.println("20! " + fact + " 21! overflows " + LongStream.rangeClosed(1, 21).reduce(1, (a, b) -> a * b));
        String text = "Añö€𝄞!";
        System.out.println("chars " + Arrays.toString(text.chars().toArray()) + " codePoints "
                + Arrays.toString(text.codePoints().toArray()) + " letters " + text.codePoints()
                .filter(Character::isLetter).count());
        System.out.println("doubles " + java.util.stream.DoubleStream.of(0.1, 0.2, 0.3).sum() + " "
                + java.util.stream.DoubleStream.of(1.5, -2.25).map(Math::abs).max().getAsDouble() + " "
                + java.util.stream.DoubleStream.of(1, 2, 3, 4).average().orElse(Double.NaN));
        int[] data = {4, 8, 15, 16, 23, 42};
        System.out.println("indexes of odd " + Arrays.toString(IntStream.range(0, data.length).filter(i -> data[i] % 2 == 1)
                .toArray()) + " anyMatch >40 " + Arrays.stream(data).anyMatch(v -> v > 40) + " asDouble sum "
                + Arrays.stream(data).asDoubleStream().sum());
        try {
            IntStream.empty().average().getAsDouble();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("empty average: " + e.getMessage());
        }
    }
}
