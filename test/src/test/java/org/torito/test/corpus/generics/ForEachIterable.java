package org.torito.test.corpus.generics;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.torito.test.support.Out;

/**
 * The enhanced for statement over a class of the program's own that implements java.lang.Iterable with a
 * java.util.Iterator of its own (JLS 14.14.2: iterator(), hasNext(), next() through interface calls), nested
 * loops over two iterables, and NoSuchElementException from next() past the end.
 */
public final class ForEachIterable {
    static final class Item {
        final int value;

        Item(int value) {
            this.value = value;
        }
    }

    static final class Items implements Iterable<Item> {
        private final Item[] items;

        Items(int count, int step) {
            items = new Item[count];
            for (int i = 0; i < count; i++) {
                items[i] = new Item(i * step);
            }
        }

        @Override
        public Iterator<Item> iterator() {
            return new Iterator<Item>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < items.length;
                }

                @Override
                public Item next() {
                    if (next >= items.length) {
                        throw new NoSuchElementException();
                    }
                    return items[next++];
                }
            };
        }
    }

    private static int count;

    private ForEachIterable() {
    }

    public static void main(String[] args) {
        count = 5;

        Items small = new Items(count, 1);
        Items tens = new Items(count - 2, 10);
        int sum = 0;
        for (Item i : small) {
            sum += i.value;
            Out.print(i.value);
            Out.print(' ');
        }
        Out.println();
        Out.println(sum);
        for (Item t : tens) {
            for (Item s : small) {
                Out.print(t.value + s.value);
                Out.print(' ');
            }
            Out.println();
        }
        for (Item i : new Items(0, 1)) {
            Out.println(i.value);
        }
        Iterator<Item> it = tens.iterator();
        int seen = 0;
        try {
            while (true) {
                it.next();
                seen++;
            }
        } catch (NoSuchElementException e) {
            Out.println(seen);
        }
    }
}
