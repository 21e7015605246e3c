package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A word-frequency report: tokenizing text (with non-ASCII words), counting in a HashMap, ranking by count then
 * word, the top words through a bounded PriorityQueue, an index from first letter to the sorted words, and
 * the positions at which each word occurs, all printed in deterministic order.
 */
public final class WordFrequency {
    private WordFrequency() {
    }

    static List<String> tokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'') {
                current.append(Character.toLowerCase(c));
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        }
        return words;
    }

    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times; it was the age of wisdom, "
                + "it was the age of foolishness... Über alles? Ça va! Über-Ich: the ÜBER test. Don't panic, don't.";
        List<String> words = tokenize(text);
        System.out.println(words.size() + " words");
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            positions.computeIfAbsent(words.get(i), k -> new ArrayList<>()).add(i);
        }
        System.out.println("distinct " + counts.size() + " raw " + counts);
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("ranked " + ranked.subList(0, 8));
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(
                Map.Entry.<String, Integer>comparingByValue().thenComparing(
                        Map.Entry.<String, Integer>comparingByKey(Comparator.reverseOrder())));
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            top.offer(e);
            if (top.size() > 4) {
                top.poll();
            }
        }
        List<String> topWords = new ArrayList<>();
        while (!top.isEmpty()) {
            topWords.add(0, top.poll().getKey());
        }
        System.out.println("top4 " + topWords);
        Map<Character, TreeSet<String>> index = new TreeMap<>();
        for (String w : counts.keySet()) {
            index.computeIfAbsent(w.charAt(0), k -> new TreeSet<>()).add(w);
        }
        System.out.println("index " + index);
        for (String w : new String[] {"it", "über", "don't", "missing"}) {
            System.out.println(w + " at " + positions.getOrDefault(w, List.of()));
        }
        int singles = 0;
        for (int c : counts.values()) {
            if (c == 1) {
                singles++;
            }
        }
        System.out.println("hapax legomena " + singles);
    }
}
