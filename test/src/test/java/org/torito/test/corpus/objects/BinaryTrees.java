package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A hand-written binary search tree: insert (duplicates counted), in-order and pre-order walks, height, size,
 * floor lookup and deletion of leaves, one-child and two-child nodes; then a complete tree of depth 12 built
 * and folded recursively.
 */
public final class BinaryTrees {
    static final class Tree {
        int key;
        int count = 1;
        Tree left;
        Tree right;

        Tree(int key) {
            this.key = key;
        }
    }

    private static int seed;

    private BinaryTrees() {
    }

    static Tree insert(Tree t, int key) {
        if (t == null) {
            return new Tree(key);
        }
        if (key < t.key) {
            t.left = insert(t.left, key);
        } else if (key > t.key) {
            t.right = insert(t.right, key);
        } else {
            t.count++;
        }
        return t;
    }

    static Tree delete(Tree t, int key) {
        if (t == null) {
            return null;
        }
        if (key < t.key) {
            t.left = delete(t.left, key);
        } else if (key > t.key) {
            t.right = delete(t.right, key);
        } else {
            if (t.left == null) {
                return t.right;
            }
            if (t.right == null) {
                return t.left;
            }
            Tree min = t.right;
            while (min.left != null) {
                min = min.left;
            }
            t.key = min.key;
            t.count = min.count;
            t.right = delete(t.right, min.key);
        }
        return t;
    }

    static void inOrder(Tree t) {
        if (t != null) {
            inOrder(t.left);
            Out.print(t.key);
            if (t.count > 1) {
                Out.print('x');
                Out.print(t.count);
            }
            Out.print(' ');
            inOrder(t.right);
        }
    }

    static void preOrder(Tree t) {
        if (t == null) {
            Out.print('.');
            return;
        }
        Out.print('(');
        Out.print(t.key);
        preOrder(t.left);
        preOrder(t.right);
        Out.print(')');
    }

    static int height(Tree t) {
        return t == null ? 0 : 1 + Math2.max(height(t.left), height(t.right));
    }

    static int size(Tree t) {
        return t == null ? 0 : t.count + size(t.left) + size(t.right);
    }

    static int floor(Tree t, int key) {
        int best = Integer.MIN_VALUE;
        while (t != null) {
            if (t.key == key) {
                return key;
            }
            if (t.key < key) {
                best = t.key;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        return best;
    }

    static Tree complete(int depth, int start) {
        if (depth == 0) {
            return null;
        }
        Tree t = new Tree(start);
        t.left = complete(depth - 1, start * 2);
        t.right = complete(depth - 1, start * 2 + 1);
        return t;
    }

    static long fold(Tree t) {
        if (t == null) {
            return 0;
        }
        return (fold(t.left) * 31 + t.key) ^ fold(t.right);
    }

    /** Integer helpers, since java.lang.Math is not available yet. */
    static final class Math2 {
        private Math2() {
        }

        static int max(int a, int b) {
            return a >= b ? a : b;
        }
    }

    public static void main(String[] args) {
        seed = 2024;
        Tree root = null;
        for (int i = 0; i < 40; i++) {
            seed = seed * 69069 + 1;
            root = insert(root, (seed >>> 8) % 60);
        }
        inOrder(root);
        Out.println();
        preOrder(root);
        Out.println();
        Out.println(height(root));
        Out.println(size(root));
        Out.println(floor(root, 30));
        Out.println(floor(root, -1));
        Out.println(floor(root, 1000));
        int removed = 0;
        for (int k = 0; k < 60; k += 3) {
            int before = size(root);
            root = delete(root, k);
            removed += before - size(root);
        }
        Out.println(removed);
        inOrder(root);
        Out.println();
        root = delete(root, root.key);
        preOrder(root);
        Out.println();

        Tree full = complete(12, 1);
        Out.println(size(full));
        Out.println(height(full));
        Out.println(fold(full));
    }
}
