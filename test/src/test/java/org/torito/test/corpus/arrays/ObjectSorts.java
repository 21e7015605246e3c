package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Sorting object arrays through a comparator interface of the program's own: insertion and merge sort are
 * stable (equal keys keep their input order, shown by sequence numbers), quicksort and heapsort only order;
 * comparators are a named class, an anonymous class, a reversing wrapper and a two-key chain, and a
 * sort over a Shape[] array whose elements are of two classes.
 */
public final class ObjectSorts {
    interface Order<T> {
        int compare(T a, T b);
    }

    static final class Person {
        final String name;
        final int age;
        final int sequence;

        Person(String name, int age, int sequence) {
            this.name = name;
            this.age = age;
            this.sequence = sequence;
        }
    }

    static final class ByAge implements Order<Person> {
        @Override
        public int compare(Person a, Person b) {
            return a.age < b.age ? -1 : a.age == b.age ? 0 : 1;
        }
    }

    static final class Reversed<T> implements Order<T> {
        private final Order<T> inner;

        Reversed(Order<T> inner) {
            this.inner = inner;
        }

        @Override
        public int compare(T a, T b) {
            return inner.compare(b, a);
        }
    }

    static final class Then<T> implements Order<T> {
        private final Order<T> first;
        private final Order<T> second;

        Then(Order<T> first, Order<T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int compare(T a, T b) {
            int c = first.compare(a, b);
            return c != 0 ? c : second.compare(a, b);
        }
    }

    abstract static class Shape {
        abstract long area();

        abstract char tag();
    }

    static final class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        @Override
        long area() {
            return (long) side * side;
        }

        @Override
        char tag() {
            return 'S';
        }
    }

    static final class Rect extends Shape {
        final int w;
        final int h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        @Override
        long area() {
            return (long) w * h;
        }

        @Override
        char tag() {
            return 'R';
        }
    }

    private static int base;

    private ObjectSorts() {
    }

    static <T> void insertionSort(T[] a, Order<? super T> order) {
        for (int i = 1; i < a.length; i++) {
            T v = a[i];
            int j = i - 1;
            while (j >= 0 && order.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static <T> void mergeSort(T[] a, Order<? super T> order) {
        Object[] scratch = new Object[a.length];
        mergeSort(a, scratch, 0, a.length, order);
    }

    @SuppressWarnings("unchecked")
    private static <T> void mergeSort(T[] a, Object[] scratch, int from, int to, Order<? super T> order) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid, order);
        mergeSort(a, scratch, mid, to, order);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (order.compare(a[j], a[i]) < 0) {
                scratch[k++] = a[j++];
            } else {
                scratch[k++] = a[i++];
            }
        }
        while (i < mid) {
            scratch[k++] = a[i++];
        }
        while (j < to) {
            scratch[k++] = a[j++];
        }
        for (k = from; k < to; k++) {
            a[k] = (T) scratch[k];
        }
    }

    static <T> void quickSort(T[] a, int lo, int hi, Order<? super T> order) {
        if (lo >= hi) {
            return;
        }
        T pivot = a[(lo + hi) >>> 1];
        int i = lo;
        int j = hi;
        while (i <= j) {
            while (order.compare(a[i], pivot) < 0) {
                i++;
            }
            while (order.compare(a[j], pivot) > 0) {
                j--;
            }
            if (i <= j) {
                T t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        quickSort(a, lo, j, order);
        quickSort(a, i, hi, order);
    }

    static <T> void heapSort(T[] a, Order<? super T> order) {
        for (int i = a.length / 2 - 1; i >= 0; i--) {
            sift(a, i, a.length, order);
        }
        for (int end = a.length - 1; end > 0; end--) {
            T t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end, order);
        }
    }

    private static <T> void sift(T[] a, int i, int n, Order<? super T> order) {
        for (int child = 2 * i + 1; child < n; child = 2 * i + 1) {
            if (child + 1 < n && order.compare(a[child + 1], a[child]) > 0) {
                child++;
            }
            if (order.compare(a[i], a[child]) >= 0) {
                return;
            }
            T t = a[i];
            a[i] = a[child];
            a[child] = t;
            i = child;
        }
    }

    static int sign(long v) {
        return v < 0 ? -1 : v > 0 ? 1 : 0;
    }

    static Person[] people() {
        String[] names = {"ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jan", "kim", "lou"};
        int[] ages = {30, 25, 30, 41, 25, 30, 19, 41, 25, 33, 19, 30};
        Person[] p = new Person[names.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Person(names[i], ages[i] + base, i);
        }
        return p;
    }

    static void print(Person[] people) {
        for (Person p : people) {
            Out.print(p.name);
            Out.print(':');
            Out.print(p.age);
            Out.print('#');
            Out.print(p.sequence);
            Out.print(' ');
        }
        Out.println();
    }

    public static void main(String[] args) {
        base = 0;
        Order<Person> byAge = new ByAge();
        Order<Person> bySequence = new Order<Person>() {
            @Override
            public int compare(Person a, Person b) {
                return a.sequence - b.sequence;
            }
        };

        Person[] p = people();
        insertionSort(p, byAge);
        print(p);
        p = people();
        mergeSort(p, byAge);
        print(p);
        p = people();
        mergeSort(p, new Reversed<>(byAge));
        print(p);
        p = people();
        quickSort(p, 0, p.length - 1, new Then<>(byAge, bySequence));
        print(p);
        p = people();
        heapSort(p, new Then<>(new Reversed<>(byAge), new Reversed<>(bySequence)));
        print(p);
        heapSort(p, bySequence);
        print(p);

        Shape[] shapes = new Shape[9];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = i % 2 == 0 ? new Square(9 - i) : new Rect(i, 12 - i);
        }
        Order<Shape> byArea = new Order<Shape>() {
            @Override
            public int compare(Shape a, Shape b) {
                return sign(a.area() - b.area());
            }
        };
        mergeSort(shapes, byArea);
        for (Shape s : shapes) {
            Out.print(s.tag());
            Out.print(s.area());
            Out.print(' ');
        }
        Out.println();
        Object[] asObjects = shapes;
        Out.println(asObjects instanceof Shape[]);
    }
}
