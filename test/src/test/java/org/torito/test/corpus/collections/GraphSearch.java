package org.torito.test.corpus.collections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Graph algorithms over collections: an adjacency map of TreeMaps (deterministic neighbour order), breadth-first
 * search with an ArrayDeque and path reconstruction, iterative depth-first search with a stack, Dijkstra with a
 * PriorityQueue of records and lazy deletion, Kahn's topological sort with in-degree counts, and unreachable nodes.
 */
public final class GraphSearch {
    record Step(String node, int dist) {
    }

    private GraphSearch() {
    }

    public static void main(String[] args) {
        Map<String, TreeMap<String, Integer>> graph = new TreeMap<>();
        String[] edges = {"A-B:4", "A-C:2", "B-C:5", "B-D:10", "C-E:3", "E-D:4", "D-F:11", "E-F:20", "G-H:1"};
        for (String e : edges) {
            String[] p = e.split("[-:]");
            int w = Integer.parseInt(p[2]);
            graph.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[1], w);
            graph.computeIfAbsent(p[1], k -> new TreeMap<>()).put(p[0], w);
        }
        Map<String, String> parent = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("A");
        parent.put("A", null);
        while (!queue.isEmpty()) {
            String n = queue.poll();
            for (String m : graph.get(n).keySet()) {
                if (!parent.containsKey(m)) {
                    parent.put(m, n);
                    queue.add(m);
                }
            }
        }
        System.out.println("bfs order " + parent.keySet());
        List<String> path = new ArrayList<>();
        for (String at = "F"; at != null; at = parent.get(at)) {
            path.add(0, at);
        }
        System.out.println("bfs path A->F " + path + " reaches H " + parent.containsKey("H"));

        List<String> dfs = new ArrayList<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("A");
        TreeSet<String> seen = new TreeSet<>();
        while (!stack.isEmpty()) {
            String n = stack.pop();
            if (seen.add(n)) {
                dfs.add(n);
                for (String m : graph.get(n).descendingKeySet()) {
                    stack.push(m);
                }
            }
        }
        System.out.println("dfs order " + dfs);

        Map<String, Integer> dist = new HashMap<>();
        PriorityQueue<Step> pq = new PriorityQueue<>((x, y) -> x.dist() != y.dist()
                ? Integer.compare(x.dist(), y.dist()) : x.node().compareTo(y.node()));
        pq.add(new Step("A", 0));
        int stale = 0;
        while (!pq.isEmpty()) {
            Step s = pq.poll();
            if (dist.containsKey(s.node())) {
                stale++;
                continue;
            }
            dist.put(s.node(), s.dist());
            graph.get(s.node()).forEach((m, w) -> {
                if (!dist.containsKey(m)) {
                    pq.add(new Step(m, s.dist() + w));
                }
            });
        }
        System.out.println("dijkstra " + new TreeMap<>(dist) + " stale " + stale + " G " + dist.get("G"));

        Map<String, List<String>> deps = new TreeMap<>();
        String[] rules = {"app<lib", "app<util", "lib<core", "util<core", "test<app", "core<", "docs<"};
        Map<String, Integer> indegree = new TreeMap<>();
        for (String r : rules) {
            String[] p = r.split("<", -1);
            indegree.putIfAbsent(p[0], 0);
            if (!p[1].isEmpty()) {
                deps.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
                indegree.merge(p[0], 1, Integer::sum);
                indegree.putIfAbsent(p[1], 0);
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indegree.forEach((k, v) -> {
            if (v == 0) {
                ready.add(k);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            order.add(n);
            for (String m : deps.getOrDefault(n, List.of())) {
                if (indegree.merge(m, -1, Integer::sum) == 0) {
                    ready.add(m);
                }
            }
        }
        System.out.println("build order " + order);
    }
}
