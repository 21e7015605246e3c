package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/** var for locals, loops, try-with-resources, lambdas' parameters and anonymous types with extra members. */
public final class LocalVarInference {
    private LocalVarInference() {
    }

    static class Counter implements AutoCloseable {
        private final String name;
        private int count;

        Counter(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            System.out.println("close " + name + " at " + count);
        }
    }

    public static void main(String[] args) {
        var list = new ArrayList<String>();
        for (var word : "the quick brown fox jumps over the lazy dog".split(" ")) {
            list.add(word);
        }
        var index = new TreeMap<Character, List<String>>();
        for (var w : list) {
            index.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        for (var e : index.entrySet()) {
            var key = e.getKey();
            var value = e.getValue();
            System.out.print(key + "=" + value + " ");
        }
        System.out.println();
        var total = 0L;
        for (var i = 0; i < list.size(); i++) {
            total += list.get(i).length() * (long) i;
        }
        System.out.println(total + " " + ((Object) total).getClass().getSimpleName());
        var ch = 'x';
        var d = 1.5f;
        var big = 1_000_000_000_000L;
        var mixed = ch + d;
        System.out.println(ch + " " + d + " " + big + " " + mixed + " " + ((Object) mixed).getClass().getSimpleName());
        BiFunction<Integer, Integer, Integer> add = (var a, var b) -> a + b;
        Function<String, Integer> len = (var s) -> s.length();
        System.out.println(add.apply(20, 22) + " " + len.apply("héllo"));
        try (var c = new Counter("first"); var c2 = new Counter("second")) {
            c.count = 3;
            c2.count = c.count * 2;
            System.out.println("in try " + c.name + " " + c2.name);
        }
        var point = new Object() {
            int x = 3;
            int y = 4;

            double norm() {
                return Math.sqrt(x * x + y * y);
            }
        };
        point.x = 6;
        point.y = 8;
        System.out.println(point.x + "," + point.y + " norm " + point.norm());
        var matrix = new int[][] {{1, 2, 3}, {4, 5, 6}};
        var sum = 0;
        for (var row : matrix) {
            for (var v : row) {
                sum += v;
            }
        }
        System.out.println("sum " + sum + " rows " + matrix.length);
        var copy = Map.copyOf(Map.of("a", 1, "b", 2));
        var sortedCopy = new TreeMap<>(copy);
        System.out.println(sortedCopy + " " + sortedCopy.firstKey());
        var anon = new Counter("anon") {
            @Override
            public void close() {
                System.out.println("anonymous close");
                super.close();
            }
        };
        anon.close();
    }
}
