package org.torito.test.gc;

/**
 * The binary-trees benchmark (depth 16): a long-lived tree while many short-lived ones of every depth are
 * built and checked, about 300 MB allocated in all; also what {@code GcBenchmark} times.
 */
public class BinaryTrees {
    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node tree(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + tree(maxDepth + 1).check());
        Node longLived = tree(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += tree(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
