package org.torito.test.corpus.collections;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collectors over order records: groupingBy into TreeMaps with counting, summing, averaging, mapping and
 * downstream joining; partitioningBy; toMap with a merge function and its duplicate-key error; collectingAndThen;
 * summarizingInt; minBy/maxBy; toCollection; teeing; and groupingBy into the default HashMap with String keys.
 */
public final class StreamCollectors {
    record Order(String customer, String product, int quantity, long cents) {
    }

    private StreamCollectors() {
    }

    public static void main(String[] args) {
        List<Order> orders = List.of(
                new Order("alice", "apple", 3, 150), new Order("bob", "pear", 1, 80),
                new Order("alice", "pear", 2, 160), new Order("carol", "apple", 10, 500),
                new Order("bob", "fig", 4, 1200), new Order("dave", "kiwi", 0, 0),
                new Order("carol", "fig", 1, 300), new Order("alice", "apple", 1, 50));
        Map<String, Long> countByCustomer = orders.stream()
                .collect(Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.counting()));
        System.out.println("count " + countByCustomer);
        Map<String, Integer> quantityByProduct = orders.stream()
                .collect(Collectors.groupingBy(Order::product, TreeMap::new, Collectors.summingInt(Order::quantity)));
        System.out.println("quantity " + quantityByProduct);
        Map<String, Double> avgCents = orders.stream()
                .collect(Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.averagingLong(Order::cents)));
        System.out.println("average cents " + avgCents);
        Map<String, String> productsByCustomer = orders.stream().collect(Collectors.groupingBy(Order::customer,
                TreeMap::new, Collectors.mapping(Order::product, Collectors.collectingAndThen(
                        Collectors.toCollection(java.util.TreeSet::new), s -> String.join("+", s)))));
        System.out.println("products " + productsByCustomer);
        Map<Boolean, List<String>> big = orders.stream().collect(Collectors.partitioningBy(o -> o.cents() >= 300,
                Collectors.mapping(o -> o.customer() + "/" + o.product(), Collectors.toList())));
        System.out.println("partition " + big);
        Map<String, Long> revenue = orders.stream()
                .collect(Collectors.toMap(Order::product, Order::cents, Long::sum, TreeMap::new));
        System.out.println("revenue " + revenue);
        try {
            orders.stream().collect(Collectors.toMap(Order::customer, Function.identity()));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate: " + e.getMessage());
        }
        IntSummaryStatistics stats = orders.stream().collect(Collectors.summarizingInt(Order::quantity));
        System.out.println(stats);
        System.out.println("maxBy " + orders.stream().collect(Collectors.maxBy(
                java.util.Comparator.comparingLong(Order::cents))).map(Order::product).orElse("-")
                + " minBy empty " + List.<Order>of().stream().collect(Collectors.minBy(
                java.util.Comparator.comparingLong(Order::cents))));
        String summary = orders.stream().collect(Collectors.teeing(Collectors.summingLong(Order::cents),
                Collectors.counting(), (total, n) -> total + " cents over " + n + " orders"));
        System.out.println(summary);
        Map<String, List<Integer>> hashGrouped = orders.stream().collect(Collectors.groupingBy(Order::product,
                Collectors.mapping(Order::quantity, Collectors.toList())));
        System.out.println("hash grouping " + hashGrouped);
        Map<Integer, Long> byLength = orders.stream().map(Order::customer).distinct()
                .collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println("names by length " + byLength + " joined " + orders.stream().map(Order::customer)
                .distinct().collect(Collectors.joining(", ", "<", ">")));
        System.out.println("unmodifiable " + orders.stream().map(Order::quantity)
                .collect(Collectors.toUnmodifiableList()).getClass().getSimpleName().startsWith("List"));
    }
}
