package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * A generic binary search tree {@code Tree<K extends Ordered<K>, V>}: insertion that replaces values,
 * lookup, floor, deletion of leaves, of nodes with one child and with two (successor copied up), height,
 * and an in-order iterator of its own driven by an explicit stack; run on a permutation of keys and on
 * ascending keys (a degenerate, list-shaped tree).
 */
public final class BinarySearchTrees {
    interface Ordered<T> {
        int compareTo(T other);
    }

    interface Cursor<T> {
        boolean hasNext();

        T next();
    }

    static final class Key implements Ordered<Key> {
        final int value;

        Key(int value) {
            this.value = value;
        }

        @Override
        public int compareTo(Key other) {
            return value < other.value ? -1 : value == other.value ? 0 : 1;
        }
    }

    static final class Tree<K extends Ordered<K>, V> {
        private final class Node {
            K key;
            V value;
            Node left;
            Node right;

            Node(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private Node root;
        private int size;

        V put(K key, V value) {
            if (root == null) {
                root = new Node(key, value);
                size++;
                return null;
            }
            Node n = root;
            while (true) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    V old = n.value;
                    n.value = value;
                    return old;
                }
                Node next = c < 0 ? n.left : n.right;
                if (next == null) {
                    if (c < 0) {
                        n.left = new Node(key, value);
                    } else {
                        n.right = new Node(key, value);
                    }
                    size++;
                    return null;
                }
                n = next;
            }
        }

        V get(K key) {
            Node n = root;
            while (n != null) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    return n.value;
                }
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        K floor(K key) {
            K best = null;
            for (Node n = root; n != null; ) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    return n.key;
                }
                if (c < 0) {
                    n = n.left;
                } else {
                    best = n.key;
                    n = n.right;
                }
            }
            return best;
        }

        boolean remove(K key) {
            int before = size;
            root = remove(root, key);
            return size < before;
        }

        private Node remove(Node n, K key) {
            if (n == null) {
                return null;
            }
            int c = key.compareTo(n.key);
            if (c < 0) {
                n.left = remove(n.left, key);
                return n;
            }
            if (c > 0) {
                n.right = remove(n.right, key);
                return n;
            }
            if (n.left == null) {
                size--;
                return n.right;
            }
            if (n.right == null) {
                size--;
                return n.left;
            }
            Node successor = n.right;
            while (successor.left != null) {
                successor = successor.left;
            }
            n.key = successor.key;
            n.value = successor.value;
            n.right = remove(n.right, successor.key);
            return n;
        }

        int height() {
            return height(root);
        }

        private int height(Node n) {
            if (n == null) {
                return 0;
            }
            int l = height(n.left);
            int r = height(n.right);
            return 1 + (l > r ? l : r);
        }

        Cursor<K> keys() {
            return new Cursor<K>() {
                private Object[] stack = new Object[size + 1];
                private int depth;

                {
                    pushLeft(root);
                }

                private void pushLeft(Node n) {
                    for (; n != null; n = n.left) {
                        stack[depth++] = n;
                    }
                }

                @Override
                public boolean hasNext() {
                    return depth > 0;
                }

                @Override
                @SuppressWarnings("unchecked")
                public K next() {
                    Node n = (Node) stack[--depth];
                    pushLeft(n.right);
                    return n.key;
                }
            };
        }

        int size() {
            return size;
        }
    }

    static final class Name {
        final String text;

        Name(String text) {
            this.text = text;
        }
    }

    private static int multiplier;

    private BinarySearchTrees() {
    }

    static void printKeys(Tree<Key, ?> tree) {
        for (Cursor<Key> c = tree.keys(); c.hasNext(); ) {
            Out.print(c.next().value);
            Out.print(' ');
        }
        Out.println();
    }

    public static void main(String[] args) {
        multiplier = 17;

        Tree<Key, Name> tree = new Tree<>();
        String[] names = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < 20; i++) {
            int k = (i * multiplier) % 23;
            Name old = tree.put(new Key(k), new Name(names[i % 10]));
            if (old != null) {
                Out.print("replaced ");
                Out.println(old.text);
            }
        }
        Name replaced = tree.put(new Key(17), new Name("again"));
        Out.println(replaced.text);
        Out.println(tree.size());
        Out.println(tree.height());
        printKeys(tree);
        Out.println(tree.get(new Key(17)).text);
        Out.println(tree.get(new Key(34 % 23)).text);
        Out.println(tree.get(new Key(22)) == null);
        Out.println(tree.floor(new Key(22)).value);
        Out.println(tree.floor(new Key(-1)) == null);

        int[] removals = {0, 17, 11, 22, 5, 100};
        for (int r : removals) {
            Out.print(tree.remove(new Key(r)));
            Out.print(' ');
        }
        Out.println();
        printKeys(tree);
        Out.println(tree.size());

        Tree<Key, Key> degenerate = new Tree<>();
        for (int i = 0; i < 30; i++) {
            degenerate.put(new Key(i), new Key(i * i));
        }
        Out.println(degenerate.height());
        Out.println(degenerate.get(new Key(29)).value);
        int sum = 0;
        for (Cursor<Key> c = degenerate.keys(); c.hasNext(); ) {
            sum += c.next().value;
        }
        Out.println(sum);
        Out.println(new Tree<Key, Name>().keys().hasNext());
    }
}
