package org.torito.test.corpus.collections;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;

/**
 * Collections of one's own built on the JDK's skeletons: an Iterable range with its own Iterator (default
 * remove throws UnsupportedOperationException, forEachRemaining), an AbstractList view of squares that gets
 * indexOf, subList, equals, hashCode, toString, removal-free iteration and Collections.max for free, and
 * the spliterator an Iterable gets by default.
 */
public final class CustomIterables {
    static final class Range implements Iterable<Integer> {
        private final int from;
        private final int to;
        private final int step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("range exhausted at " + next);
                    }
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static final class Squares extends AbstractList<Long> {
        private final int size;

        Squares(int size) {
            this.size = size;
        }

        @Override
        public Long get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("square " + index + " of " + size);
            }
            return (long) index * index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private CustomIterables() {
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(10, -6, -4)) {
            sb.append(i).append(' ');
        }
        System.out.println("range " + sb + "empty " + new Range(3, 3, 1).iterator().hasNext());
        Iterator<Integer> it = new Range(0, 10, 3).iterator();
        System.out.println("first " + it.next());
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getMessage());
        }
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        System.out.println("remaining " + rest);
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        Spliterator<Integer> split = new Range(0, 5, 1).spliterator();
        System.out.println("sized " + split.hasCharacteristics(Spliterator.SIZED) + " estimate "
                + split.estimateSize() + " tryAdvance " + split.tryAdvance(v -> System.out.print("<" + v + "> ")));
        int[] total = {0};
        new Range(1, 101, 1).forEach(v -> total[0] += v);
        System.out.println("forEach sum " + total[0]);

        Squares squares = new Squares(8);
        System.out.println(squares + " indexOf(49) " + squares.indexOf(49L) + " contains(50) " + squares.contains(50L)
                + " sub " + squares.subList(2, 5));
        System.out.println("equals list " + squares.equals(List.of(0L, 1L, 4L, 9L, 16L, 25L, 36L, 49L)) + " hash "
                + squares.hashCode() + " = " + List.of(0L, 1L, 4L, 9L, 16L, 25L, 36L, 49L).hashCode());
        List<Long> odd = new ArrayList<>(squares);
        odd.removeIf(v -> v % 2 == 0);
        System.out.println("odd " + odd + " max "
                + java.util.Collections.max(squares));
        try {
            squares.add(64L);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: UnsupportedOperationException");
        }
        try {
            squares.get(8);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Iterator<Long> li = squares.listIterator(8);
        System.out.println("listIterator(8).hasNext " + li.hasNext());
    }
}
