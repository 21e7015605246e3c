package org.torito.test.corpus.collections;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * ArrayDeque as a stack (bracket matching, postfix evaluation) and as a queue (sliding-window maximum),
 * growth past its initial capacity, iteration order in both directions, and its rejection of nulls.
 */
public final class ArrayDequeStackQueue {
    private ArrayDequeStackQueue() {
    }

    static String balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (stack.isEmpty() || stack.pop() != open) {
                        return "unbalanced at " + i;
                    }
                }
                default -> { }
            }
        }
        return stack.isEmpty() ? "balanced" : "unclosed " + stack.size();
    }

    static long postfix(String expr) {
        Deque<Long> stack = new ArrayDeque<>(2);
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> stack.push(stack.pop() + stack.pop());
                case "*" -> stack.push(stack.pop() * stack.pop());
                case "-" -> {
                    long b = stack.pop();
                    stack.push(stack.pop() - b);
                }
                default -> stack.push(Long.parseLong(tok));
            }
        }
        return stack.pop();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"", "([]{()})", "([)]", "((", "}", "{[ü]€}"}) {
            System.out.println("'" + s + "' " + balanced(s));
        }
        System.out.println(postfix("3 4 + 2 *") + " " + postfix("1 2 3 4 5 * * * * 10 -")
                + " " + postfix("9223372036854775807 1 +"));

        int[] values = {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, -4};
        int k = 3;
        Deque<Integer> window = new ArrayDeque<>();
        StringBuilder maxima = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (!window.isEmpty() && window.peekFirst() <= i - k) {
                window.pollFirst();
            }
            while (!window.isEmpty() && values[window.peekLast()] <= values[i]) {
                window.pollLast();
            }
            window.offerLast(i);
            if (i >= k - 1) {
                maxima.append(values[window.peekFirst()]).append(' ');
            }
        }
        System.out.println("window maxima: " + maxima.toString().trim());

        ArrayDeque<Integer> queue = new ArrayDeque<>(1);
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                queue.addFirst(i);
            } else {
                queue.addLast(i);
            }
            if (i % 7 == 6) {
                queue.pollFirst();
            }
        }
        System.out.println(queue.size() + " " + queue);
        StringBuilder desc = new StringBuilder();
        for (Iterator<Integer> it = queue.descendingIterator(); it.hasNext();) {
            desc.append(it.next()).append(',');
        }
        System.out.println("descending " + desc);
        try {
            queue.push(null);
        } catch (NullPointerException e) {
            System.out.println("push(null): NPE");
        }
        try {
            queue.offerLast(null);
        } catch (NullPointerException e) {
            System.out.println("offerLast(null): NPE");
        }
        System.out.println("contains(null)=" + queue.contains(null) + " peek of empty=" + new ArrayDeque<>().peek());
    }
}
