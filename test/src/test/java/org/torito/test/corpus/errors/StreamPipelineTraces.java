package org.torito.test.corpus.errors;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Exceptions thrown from inside sequential stream pipelines: messages, and where in the pipeline they stop it. */
public final class StreamPipelineTraces {
    private StreamPipelineTraces() {
    }

    static int checkedSquare(int v) {
        if (v > 3) {
            throw new IllegalArgumentException("too big: " + v);
        }
        return v * v;
    }

    public static void main(String[] args) {
        StringBuilder visited = new StringBuilder();
        try {
            int sum = IntStream.rangeClosed(1, 6).peek(v -> visited.append(v)).map(StreamPipelineTraces::checkedSquare)
                    .sum();
            System.out.println(sum);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " visited " + visited);
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println(trace[0].getMethodName() + " " + trace[0].getLineNumber());
        }
        try {
            Map<Integer, String> byLength = Stream.of("aa", "bb", "c").collect(Collectors.toMap(String::length, s -> s));
            System.out.println(byLength);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(Stream.of("1", "2", "x3").mapToInt(Integer::parseInt).sum());
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        Stream<String> once = Stream.of("a");
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            List<String> withNull = java.util.Arrays.asList("b", null, "a");
            System.out.println(withNull.stream().sorted().collect(Collectors.toList()));
        } catch (NullPointerException e) {
            System.out.println("sorted null: " + e.getClass().getName());
        }
        try {
            Stream.iterate(1, v -> v * 2).limit(40).map(v -> 100 / (v >> 20)).forEach(v -> visited.append(','));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage() + " " + visited.length());
        }
        try {
            IntStream.range(0, 3).boxed().map(v -> List.of(1, 2).get(v)).forEach(v -> visited.append(v));
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e + " " + visited);
            e.printStackTrace(System.out);
        }
    }
}
