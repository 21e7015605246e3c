package org.torito.test.corpus.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Inner classes reaching their outer instance (Outer.this, qualified new), shadowing and inner iterators. */
public final class InnerClasses {
    private final String name;
    private int modifications;
    private final int[] data;
    private int size;

    private InnerClasses(String name, int capacity) {
        this.name = name;
        this.data = new int[capacity];
    }

    final class Cursor implements Iterator<Integer> {
        private int position;
        private final int step;

        Cursor(int step) {
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            return position < size;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException(name + " exhausted at " + position);
            }
            int v = data[position];
            position += step;
            return v;
        }
    }

    class Shadow {
        String name = "shadow";

        String names(String name) {
            return name + "/" + this.name + "/" + InnerClasses.this.name;
        }

        class Deeper {
            String all() {
                return "deep:" + Shadow.this.name + ":" + InnerClasses.this.name + ":" + size;
            }
        }
    }

    void add(int v) {
        data[size++] = v;
        modifications++;
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("numbers", 10);
        for (int i = 1; i <= 7; i++) {
            outer.add(i * i);
        }
        List<Integer> every = new ArrayList<>();
        Iterator<Integer> it = outer.new Cursor(1);
        while (it.hasNext()) {
            every.add(it.next());
        }
        System.out.println(every + " mods=" + outer.modifications);
        InnerClasses.Cursor odd = outer.new Cursor(2);
        StringBuilder b = new StringBuilder();
        while (odd.hasNext()) {
            b.append(odd.next()).append(' ');
        }
        System.out.println(b);
        try {
            odd.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        InnerClasses other = new InnerClasses("other", 2);
        InnerClasses.Shadow shadow = other.new Shadow();
        System.out.println(shadow.names("param"));
        InnerClasses.Shadow.Deeper deeper = shadow.new Deeper();
        other.add(5);
        System.out.println(deeper.all());
        shadow.name = "renamed";
        System.out.println(deeper.all() + " " + outer.new Shadow().new Deeper().all());
        Iterator<Integer> c1 = outer.new Cursor(3);
        Iterator<Integer> c2 = outer.new Cursor(3);
        c1.next();
        System.out.println(c1.next() + " " + c2.next() + " " + (c1.getClass() == c2.getClass()) + " "
                + InnerClasses.Cursor.class.getSimpleName() + " " + InnerClasses.Shadow.Deeper.class.getName());
        try {
            InnerClasses none = null;
            none.new Cursor(1);
        } catch (NullPointerException e) {
            System.out.println("qualified new on null: NullPointerException");
        }
    }
}
