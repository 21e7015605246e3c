package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Recursive type bounds: tree nodes {@code T extends Node<T>} whose children are the concrete node type,
 * walked by a generic depth-first sum; self-typed builders {@code B extends Builder<B>} whose chained
 * setters return the subclass; a self-bounded ordering {@code T extends Ordered<T>} for a generic insertion
 * sort; and a graph of {@code V extends Vertex<V>} searched for reachability.
 */
public final class RecursiveGenerics {
    abstract static class Node<T extends Node<T>> {
        private final Object[] children = new Object[4];
        private int count;

        @SuppressWarnings("unchecked")
        T add(T child) {
            children[count++] = child;
            return (T) this;
        }

        @SuppressWarnings("unchecked")
        T child(int i) {
            return (T) children[i];
        }

        int childCount() {
            return count;
        }

        abstract int weight();
    }

    static final class Folder extends Node<Folder> {
        final String name;
        final int files;

        Folder(String name, int files) {
            this.name = name;
            this.files = files;
        }

        @Override
        int weight() {
            return files;
        }
    }

    static final class Org extends Node<Org> {
        final int headcount;

        Org(int headcount) {
            this.headcount = headcount;
        }

        @Override
        int weight() {
            return headcount * 10;
        }
    }

    abstract static class Builder<B extends Builder<B>> {
        int width;
        int height;

        abstract B self();

        B width(int w) {
            width = w;
            return self();
        }

        B height(int h) {
            height = h;
            return self();
        }
    }

    static final class WindowBuilder extends Builder<WindowBuilder> {
        String title = "untitled";

        @Override
        WindowBuilder self() {
            return this;
        }

        WindowBuilder title(String t) {
            title = t;
            return this;
        }

        void show() {
            Out.print(title);
            Out.print(' ');
            Out.print(width);
            Out.print('x');
            Out.print(height);
            Out.println();
        }
    }

    interface Ordered<T extends Ordered<T>> {
        int compareTo(T other);
    }

    static final class Grade implements Ordered<Grade> {
        final char letter;
        final int points;

        Grade(char letter, int points) {
            this.letter = letter;
            this.points = points;
        }

        @Override
        public int compareTo(Grade other) {
            return other.points - points;
        }
    }

    abstract static class Vertex<V extends Vertex<V>> {
        final Object[] edges = new Object[3];
        int degree;
        boolean visited;

        void connect(V to) {
            edges[degree++] = to;
        }

        @SuppressWarnings("unchecked")
        V edge(int i) {
            return (V) edges[i];
        }
    }

    static final class City extends Vertex<City> {
        final char code;

        City(char code) {
            this.code = code;
        }
    }

    private static int scale;

    private RecursiveGenerics() {
    }

    static <T extends Node<T>> int total(T node) {
        int sum = node.weight();
        for (int i = 0; i < node.childCount(); i++) {
            sum += total(node.child(i));
        }
        return sum;
    }

    static <T extends Node<T>> int depth(T node) {
        int d = 0;
        for (int i = 0; i < node.childCount(); i++) {
            int c = depth(node.child(i));
            d = c > d ? c : d;
        }
        return d + 1;
    }

    static <T extends Ordered<T>> void sort(T[] items) {
        for (int i = 1; i < items.length; i++) {
            T v = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].compareTo(v) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = v;
        }
    }

    static <V extends Vertex<V>> int reach(V start) {
        if (start.visited) {
            return 0;
        }
        start.visited = true;
        int n = 1;
        for (int i = 0; i < start.degree; i++) {
            n += reach(start.edge(i));
        }
        return n;
    }

    public static void main(String[] args) {
        scale = 3;

        Folder root = new Folder("root", 1);
        Folder src = new Folder("src", 10 * scale);
        Folder docs = new Folder("docs", 4);
        root.add(src).add(docs);
        src.add(new Folder("main", 7)).add(new Folder("test", 5));
        src.child(0).add(new Folder("deep", scale));
        Out.println(total(root));
        Out.println(depth(root));
        Out.println(root.child(0).child(0).child(0).name);
        Out.println(root.add(new Folder("extra", 0)) == root);

        Org company = new Org(scale);
        company.add(new Org(2).add(new Org(1))).add(new Org(4));
        Out.println(total(company));
        Out.println(depth(company));

        new WindowBuilder().width(640).title("editor").height(480).show();
        WindowBuilder b = new WindowBuilder().height(scale).width(scale * 2);
        b.show();
        Builder<WindowBuilder> general = b;
        general.width(1).self().title("narrow").show();

        Grade[] grades = {new Grade('C', 70), new Grade('A', 95), new Grade('F', 40), new Grade('B', 85),
            new Grade('A', 90)};
        sort(grades);
        for (Grade g : grades) {
            Out.print(g.letter);
            Out.print(g.points);
            Out.print(' ');
        }
        Out.println();

        City[] cities = new City[6];
        for (int i = 0; i < cities.length; i++) {
            cities[i] = new City((char) ('A' + i));
        }
        cities[0].connect(cities[1]);
        cities[1].connect(cities[2]);
        cities[2].connect(cities[0]);
        cities[2].connect(cities[3]);
        cities[4].connect(cities[5]);
        cities[5].connect(cities[4]);
        Out.println(reach(cities[0]));
        Out.println(reach(cities[4]));
        Out.println(reach(cities[1]));
        for (City c : cities) {
            Out.print(c.code);
            Out.print(c.visited ? '+' : '-');
        }
        Out.println();
    }
}
