package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Two implementations of one generic stack interface: a linked stack of generic nodes and an array stack;
 * used to check bracket balance, to evaluate postfix expressions over a value class, and to reverse a
 * sequence; popping an empty stack throws the program's own exception.
 */
public final class Stacks {
    interface Stack<T> {
        void push(T t);

        T pop();

        T peek();

        boolean isEmpty();

        int size();
    }

    static final class EmptyStack extends RuntimeException {
    }

    static final class LinkedStack<T> implements Stack<T> {
        private static final class Node<T> {
            final T value;
            final Node<T> below;

            Node(T value, Node<T> below) {
                this.value = value;
                this.below = below;
            }
        }

        private Node<T> top;
        private int size;

        @Override
        public void push(T t) {
            top = new Node<>(t, top);
            size++;
        }

        @Override
        public T pop() {
            T t = peek();
            top = top.below;
            size--;
            return t;
        }

        @Override
        public T peek() {
            if (top == null) {
                throw new EmptyStack();
            }
            return top.value;
        }

        @Override
        public boolean isEmpty() {
            return top == null;
        }

        @Override
        public int size() {
            return size;
        }
    }

    static final class ArrayStack<T> implements Stack<T> {
        private T[] items;
        private int size;

        @SuppressWarnings("unchecked")
        ArrayStack() {
            items = (T[]) new Object[1];
        }

        @Override
        public void push(T t) {
            if (size == items.length) {
                @SuppressWarnings("unchecked")
                T[] bigger = (T[]) new Object[size * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[i];
                }
                items = bigger;
            }
            items[size++] = t;
        }

        @Override
        public T pop() {
            T t = peek();
            items[--size] = null;
            return t;
        }

        @Override
        public T peek() {
            if (size == 0) {
                throw new EmptyStack();
            }
            return items[size - 1];
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public int size() {
            return size;
        }
    }

    static final class Symbol {
        final char c;

        Symbol(char c) {
            this.c = c;
        }
    }

    static final class Num {
        final long value;

        Num(long value) {
            this.value = value;
        }
    }

    private static int factor;

    private Stacks() {
    }

    static boolean balanced(char[] text, Stack<Symbol> stack) {
        for (char c : text) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(new Symbol(c));
            } else if (c == ')' || c == ']' || c == '}') {
                if (stack.isEmpty()) {
                    return false;
                }
                char open = stack.pop().c;
                if (open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}') {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }

    /** Postfix over single digits and + - * /, where a digit d means d * factor. */
    static long postfix(char[] text, Stack<Num> stack) {
        for (char c : text) {
            if (c >= '0' && c <= '9') {
                stack.push(new Num((c - '0') * (long) factor));
            } else {
                long b = stack.pop().value;
                long a = stack.pop().value;
                stack.push(new Num(c == '+' ? a + b : c == '-' ? a - b : c == '*' ? a * b : a / b));
            }
        }
        long r = stack.pop().value;
        return stack.isEmpty() ? r : Long.MIN_VALUE;
    }

    static <T> void drainInto(Stack<T> from, Stack<? super T> to) {
        while (!from.isEmpty()) {
            to.push(from.pop());
        }
    }

    public static void main(String[] args) {
        factor = 3;

        char[][] texts = {
            {'(', '[', ']', '{', '(', ')', '}', ')'},
            {'(', '[', ')', ']'},
            {'{', '{', '{'},
            {'}'},
            {'a', '(', 'b', ')', 'c'},
            {},
        };
        for (char[] t : texts) {
            Out.print(balanced(t, new LinkedStack<Symbol>()));
            Out.print(' ');
            Out.print(balanced(t, new ArrayStack<Symbol>()));
            Out.println();
        }

        char[][] programs = {
            {'3', '4', '+', '2', '*'},
            {'9', '1', '-', '2', '/', '7', '*'},
            {'1', '2', '3', '4', '5', '*', '*', '*', '*'},
            {'8', '9', '-', '9', '*'},
        };
        for (char[] p : programs) {
            Out.print(postfix(p, new LinkedStack<Num>()));
            Out.print(' ');
            Out.print(postfix(p, new ArrayStack<Num>()));
            Out.println();
        }
        try {
            postfix(new char[] {'1', '+'}, new ArrayStack<Num>());
        } catch (EmptyStack e) {
            Out.println("stack underflow");
        }

        Stack<Num> numbers = new ArrayStack<>();
        for (int i = 1; i <= 6; i++) {
            numbers.push(new Num(i * factor));
        }
        Stack<Object> reversed = new LinkedStack<>();
        drainInto(numbers, reversed);
        Out.println(numbers.size());
        Out.println(reversed.size());
        while (!reversed.isEmpty()) {
            Out.print(((Num) reversed.pop()).value);
            Out.print(' ');
        }
        Out.println();
        try {
            reversed.peek();
        } catch (EmptyStack e) {
            Out.println("empty again");
        }
    }
}
