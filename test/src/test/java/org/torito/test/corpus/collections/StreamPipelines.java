package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sequential streams: map/filter/reduce in its three forms, collect to lists and joined strings, sorted (natural
 * and by comparator), distinct (keeping first occurrences), limit/skip, flatMap, peek order, short-circuiting
 * anyMatch/allMatch/noneMatch/findFirst, Stream.iterate and generate with limits, takeWhile/dropWhile, and the
 * IllegalStateException of a reused stream.
 */
public final class StreamPipelines {
    private StreamPipelines() {
    }

    public static void main(String[] args) {
        List<String> words = List.of("stream", "map", "filter", "reduce", "Map", "collect", "sorted", "map", "ñu", "");
        System.out.println(words.stream().filter(w -> !w.isEmpty()).map(String::toUpperCase).distinct()
                .collect(Collectors.toList()));
        System.out.println(words.stream().sorted().collect(Collectors.joining(",", "[", "]")));
        System.out.println(words.stream().sorted((a, b) -> b.length() - a.length()).limit(4).toList());
        System.out.println(words.stream().skip(3).limit(3).map(String::length).toList() + " count "
                + words.stream().filter(w -> w.contains("e")).count());
        int sum = Stream.of(1, 2, 3, 4, 5).reduce(0, Integer::sum);
        Optional<Integer> product = Stream.of(1, 2, 3, 4, 5).reduce((a, b) -> a * b);
        Optional<Integer> emptyReduce = Stream.<Integer>empty().reduce(Integer::sum);
        int totalLength = words.stream().reduce(0, (acc, w) -> acc + w.length(), Integer::sum);
        System.out.println("sum " + sum + " product " + product + " empty " + emptyReduce + " totalLength " + totalLength);
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3, 4, 5));
        System.out.println("flatMap " + nested.stream().flatMap(List::stream).map(i -> i * i).toList());
        StringBuilder trace = new StringBuilder();
        List<Integer> peeked = Stream.of(5, 1, 4).peek(i -> trace.append("p").append(i)).map(i -> i * 10)
                .peek(i -> trace.append("m").append(i)).toList();
        System.out.println("peek trace " + trace + " -> " + peeked);
        StringBuilder visited = new StringBuilder();
        boolean any = Stream.of(3, 8, 12, 7).peek(visited::append).anyMatch(i -> i > 5);
        System.out.println("anyMatch " + any + " visited " + visited + " allMatch " + Stream.of(2, 4).allMatch(i -> i % 2 == 0)
                + " noneMatch " + Stream.of(1, 3).noneMatch(i -> i > 2) + " allMatch empty " + Stream.empty().allMatch(x -> false));
        System.out.println("findFirst " + words.stream().filter(w -> w.startsWith("c")).findFirst() + " none "
                + words.stream().filter(w -> w.startsWith("q")).findFirst());
        System.out.println("iterate " + Stream.iterate(1, i -> i * 3).limit(8).toList() + " bounded "
                + Stream.iterate(1L, i -> i < 1_000_000_000_000L, i -> i * 37).toList());
        int[] counter = {0};
        System.out.println("generate " + Stream.generate(() -> counter[0]++).limit(5).toList());
        System.out.println("takeWhile " + Stream.of(2, 4, 6, 7, 8).takeWhile(i -> i % 2 == 0).toList() + " dropWhile "
                + Stream.of(2, 4, 6, 7, 8).dropWhile(i -> i % 2 == 0).toList());
        System.out.println("Arrays.stream range " + Arrays.stream(new String[] {"a", "b", "c", "d"}, 1, 3).toList()
                + " concat " + Stream.concat(Stream.of("x"), Stream.of("y", "z")).collect(Collectors.joining()));
        Stream<String> once = words.stream();
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
        try {
            Stream.of("a", null).map(String::length).toList();
        } catch (NullPointerException e) {
            System.out.println("null element in map: NPE");
        }
        System.out.println("toArray " + Arrays.toString(Stream.of("q", "r").toArray(String[]::new)) + " min "
                + words.stream().min(String::compareTo).orElse("?") + " max " + words.stream().max(String::compareTo).get());
    }
}
