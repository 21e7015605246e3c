package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Recursive traversals of hand-built binary trees: pre-, in- and post-order, level order through a
 * recursive per-level print, the tree rebuilt from its pre- and in-order sequences (and traversed again to
 * show it is the same), mirroring, height, leaf count, root-to-leaf path sums, the lowest common
 * ancestor, and an n-ary tree walked depth first with its depth printed as indentation.
 */
public final class TreeTraversals {
    static final class Node {
        final char label;
        Node left;
        Node right;

        Node(char label, Node left, Node right) {
            this.label = label;
            this.left = left;
            this.right = right;
        }
    }

    static final class Branch {
        final String name;
        final Branch[] children;

        Branch(String name, Branch... children) {
            this.name = name;
            this.children = children;
        }
    }

    private static int weightBase;

    private TreeTraversals() {
    }

    static Node leaf(char c) {
        return new Node(c, null, null);
    }

    static void preOrder(Node n) {
        if (n != null) {
            Out.print(n.label);
            preOrder(n.left);
            preOrder(n.right);
        }
    }

    static void inOrder(Node n) {
        if (n != null) {
            inOrder(n.left);
            Out.print(n.label);
            inOrder(n.right);
        }
    }

    static void postOrder(Node n) {
        if (n != null) {
            postOrder(n.left);
            postOrder(n.right);
            Out.print(n.label);
        }
    }

    static int height(Node n) {
        if (n == null) {
            return 0;
        }
        int l = height(n.left);
        int r = height(n.right);
        return 1 + (l > r ? l : r);
    }

    static void level(Node n, int depth) {
        if (n == null) {
            return;
        }
        if (depth == 0) {
            Out.print(n.label);
        } else {
            level(n.left, depth - 1);
            level(n.right, depth - 1);
        }
    }

    static void levelOrder(Node root) {
        for (int d = 0; d < height(root); d++) {
            level(root, d);
            Out.print('|');
        }
        Out.println();
    }

    static int leaves(Node n) {
        if (n == null) {
            return 0;
        }
        if (n.left == null && n.right == null) {
            return 1;
        }
        return leaves(n.left) + leaves(n.right);
    }

    static Node mirror(Node n) {
        return n == null ? null : new Node(n.label, mirror(n.right), mirror(n.left));
    }

    static void pathSums(Node n, int sum) {
        if (n == null) {
            return;
        }
        sum += n.label - 'A' + weightBase;
        if (n.left == null && n.right == null) {
            Out.print(n.label);
            Out.print('=');
            Out.print(sum);
            Out.print(' ');
            return;
        }
        pathSums(n.left, sum);
        pathSums(n.right, sum);
    }

    static Node ancestor(Node n, char a, char b) {
        if (n == null || n.label == a || n.label == b) {
            return n;
        }
        Node l = ancestor(n.left, a, b);
        Node r = ancestor(n.right, a, b);
        return l != null && r != null ? n : l != null ? l : r;
    }

    private static int preIndex;

    static Node rebuild(char[] pre, char[] in, int lo, int hi) {
        if (lo > hi) {
            return null;
        }
        char label = pre[preIndex++];
        int at = lo;
        while (in[at] != label) {
            at++;
        }
        Node left = rebuild(pre, in, lo, at - 1);
        Node right = rebuild(pre, in, at + 1, hi);
        return new Node(label, left, right);
    }

    static void walk(Branch b, int depth) {
        for (int i = 0; i < depth; i++) {
            Out.print("  ");
        }
        Out.println(b.name);
        for (Branch c : b.children) {
            walk(c, depth + 1);
        }
    }

    public static void main(String[] args) {
        weightBase = 1;

        Node root = new Node('F',
                new Node('B', leaf('A'), new Node('D', leaf('C'), leaf('E'))),
                new Node('G', null, new Node('I', leaf('H'), null)));
        preOrder(root);
        Out.println();
        inOrder(root);
        Out.println();
        postOrder(root);
        Out.println();
        levelOrder(root);
        Out.println(height(root));
        Out.println(leaves(root));

        Node m = mirror(root);
        inOrder(m);
        Out.println();
        levelOrder(m);
        Out.println(mirror(m).left.right.left.label == root.left.right.left.label);

        pathSums(root, 0);
        Out.println();
        Out.print(ancestor(root, 'C', 'E').label);
        Out.print(ancestor(root, 'A', 'E').label);
        Out.print(ancestor(root, 'H', 'C').label);
        Out.print(ancestor(root, 'G', 'H').label);
        Out.println();

        char[] pre = {'M', 'D', 'B', 'A', 'C', 'H', 'F', 'K', 'T', 'P', 'W', 'Z'};
        char[] in = {'A', 'B', 'C', 'D', 'F', 'H', 'K', 'M', 'P', 'T', 'W', 'Z'};
        preIndex = 0;
        Node rebuilt = rebuild(pre, in, 0, in.length - 1);
        preOrder(rebuilt);
        Out.println();
        postOrder(rebuilt);
        Out.println();
        levelOrder(rebuilt);

        Node spine = null;
        for (char c = 'z'; c >= 'a'; c--) {
            spine = new Node(c, null, spine);
        }
        Out.println(height(spine));
        postOrder(spine);
        Out.println();

        Branch tree = new Branch("torito",
                new Branch("compiler", new Branch("asm"), new Branch("baseline")),
                new Branch("vm", new Branch("gc", new Branch("plan"), new Branch("policy")), new Branch("object")),
                new Branch("kernel"));
        walk(tree, 0);
    }
}
