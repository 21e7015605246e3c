package org.torito.test.objects;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.math.*;
import java.io.*;
import java.nio.charset.StandardCharsets;

/**
 * A small application the way people write them: text blocks parsed into records, streams grouping into
 * sorted maps, BigDecimal money, sealed types with pattern matching, EnumMap, formatting, seeded random
 * numbers, Math functions: all at once, on bare metal as on HotSpot.
 */
public final class OrdersReport {
    private OrdersReport() {
    }

    record Order(String customer, String item, int quantity, BigDecimal price) {
        BigDecimal total() { return price.multiply(BigDecimal.valueOf(quantity)); }
    }
    sealed interface Shape permits Circle, Rect {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Rect r) return r.w() * r.h();
        throw new IllegalStateException();
    }
    enum Level { LOW, MEDIUM, HIGH }
    public static void main(String[] args) throws Exception {
        String csv = """
            alice,widget,3,2.50
            bob,gadget,1,12.00
            alice,gadget,2,12.00
            carol,widget,10,2.45
            bob,doohickey,7,0.99
            dave,widget,,2.50
            """;
        List<Order> orders = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(csv))) {
            String line; int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                try {
                    orders.add(new Order(f[0], f[1], Integer.parseInt(f[2]), new BigDecimal(f[3])));
                } catch (NumberFormatException e) {
                    errors.add("line " + n + ": " + e.getMessage());
                }
            }
        }
        System.out.println(errors);
        Map<String, BigDecimal> byCustomer = orders.stream().collect(Collectors.groupingBy(Order::customer, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, Order::total, BigDecimal::add)));
        byCustomer.forEach((k, v) -> System.out.printf("%-8s %10s%n", k, v.setScale(2, RoundingMode.HALF_EVEN)));
        System.out.println(orders.stream().mapToInt(Order::quantity).summaryStatistics());
        Optional<Order> biggest = orders.stream().max(Comparator.comparing(Order::total));
        System.out.println(biggest.map(Order::toString).orElse("none"));
        List<Shape> shapes = List.of(new Circle(1.5), new Rect(2, 3.5), new Circle(0.25));
        System.out.println(shapes.stream().map(s -> String.format("%.4f", area(s))).collect(Collectors.joining(", ", "[", "]")));
        EnumMap<Level, List<Integer>> levels = new EnumMap<>(Level.class);
        for (int i = 0; i < 20; i++) levels.computeIfAbsent(Level.values()[i % 3], k -> new ArrayList<>()).add(i * i);
        System.out.println(levels);
        String text = "the quick brown fox jumps over the lazy dog the end";
        Map<String, Long> freq = Arrays.stream(text.split("\\s+")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(new TreeMap<>(freq));
        System.out.println(IntStream.rangeClosed(1, 20).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()));
        BigInteger f = BigInteger.ONE; for (int i = 2; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("30! = " + f + " bits " + f.bitLength());
        StringBuilder sb = new StringBuilder();
        Iterator<Integer> it = Stream.iterate(1, x -> x * 2).limit(10).iterator();
        while (it.hasNext()) sb.append(it.next()).append(it.hasNext() ? "," : "");
        System.out.println(sb.reverse());
        var sj = new StringJoiner("|"); for (Level l : Level.values()) sj.add(l.name().toLowerCase() + l.ordinal());
        System.out.println(sj + " " + Level.valueOf("HIGH").compareTo(Level.LOW));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (PrintWriter pw = new PrintWriter(new OutputStreamWriter(bos, StandardCharsets.UTF_8))) { pw.printf("%s=%d%n", "ünï", 42); }
        System.out.println(bos.size() + " " + bos.toString(StandardCharsets.UTF_8).trim());
        System.out.println(Objects.hash(1, "a", 2.5) + " " + List.of(1, 2, 3).hashCode() + " " + "hello".hashCode());
        int[] arr = new Random(42).ints(15, 0, 100).toArray();
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + " " + Arrays.binarySearch(arr, arr[7]));
        double[] ds = DoubleStream.of(3.14159, 2.71828, 1.41421).map(Math::sqrt).toArray();
        System.out.println(Arrays.toString(ds) + " " + Math.sin(1.0) + " " + Math.exp(2.0) + " " + Math.pow(2, 0.5));
    }
}
