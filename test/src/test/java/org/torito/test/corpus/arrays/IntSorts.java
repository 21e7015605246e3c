package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Four sorts written by hand on int[] (insertion, top-down merge with a scratch array, quicksort with a
 * median-of-three pivot and Hoare partition, heapsort with sift-down): each sorts random, sorted, reversed,
 * constant and extreme-valued inputs, and the results must agree with each other and be ordered.
 */
public final class IntSorts {
    private static int seed;
    private static int size;

    private IntSorts() {
    }

    static int next() {
        seed = seed * 1664525 + 1013904223;
        return seed;
    }

    static void insertionSort(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static void mergeSort(int[] a) {
        mergeSort(a, new int[a.length], 0, a.length);
    }

    private static void mergeSort(int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid);
        mergeSort(a, scratch, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            scratch[k++] = a[j] < a[i] ? a[j++] : a[i++];
        }
        while (i < mid) {
            scratch[k++] = a[i++];
        }
        while (j < to) {
            scratch[k++] = a[j++];
        }
        for (k = from; k < to; k++) {
            a[k] = scratch[k];
        }
    }

    static void quickSort(int[] a) {
        quickSort(a, 0, a.length - 1);
    }

    private static void quickSort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            int pivot = a[mid];
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            if (j - lo < hi - j) {
                quickSort(a, lo, j);
                lo = j + 1;
            } else {
                quickSort(a, j + 1, hi);
                hi = j;
            }
        }
    }

    static void heapSort(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, 0, end);
            siftDown(a, 0, end);
        }
    }

    private static void siftDown(int[] a, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && a[child + 1] > a[child]) {
                child++;
            }
            if (a[i] >= a[child]) {
                return;
            }
            swap(a, i, child);
            i = child;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static int[] copy(int[] a) {
        int[] c = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i];
        }
        return c;
    }

    static long checksum(int[] a) {
        long h = 17;
        for (int v : a) {
            h = h * 31 + v;
        }
        return h;
    }

    static boolean ordered(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] > a[i]) {
                return false;
            }
        }
        return true;
    }

    static void sortAll(String name, int[] input) {
        int[] byInsertion = copy(input);
        int[] byMerge = copy(input);
        int[] byQuick = copy(input);
        int[] byHeap = copy(input);
        insertionSort(byInsertion);
        mergeSort(byMerge);
        quickSort(byQuick);
        heapSort(byHeap);
        long c = checksum(byInsertion);
        Out.print(name);
        Out.print(' ');
        Out.print(ordered(byInsertion) && ordered(byMerge) && ordered(byQuick) && ordered(byHeap));
        Out.print(' ');
        Out.print(c == checksum(byMerge) && c == checksum(byQuick) && c == checksum(byHeap));
        Out.print(' ');
        Out.print(c);
        if (input.length > 0) {
            Out.print(' ');
            Out.print(byHeap[0]);
            Out.print(' ');
            Out.print(byHeap[input.length / 2]);
            Out.print(' ');
            Out.print(byHeap[input.length - 1]);
        }
        Out.println();
    }

    public static void main(String[] args) {
        seed = 12345;
        size = 150;

        int[] random = new int[size];
        for (int i = 0; i < size; i++) {
            random[i] = next();
        }
        sortAll("random", random);
        int[] small = new int[size];
        for (int i = 0; i < size; i++) {
            small[i] = (next() >>> 28) - 8;
        }
        sortAll("duplicates", small);
        int[] ascending = new int[size];
        int[] descending = new int[size];
        for (int i = 0; i < size; i++) {
            ascending[i] = i * 3;
            descending[i] = size - i;
        }
        sortAll("ascending", ascending);
        sortAll("descending", descending);
        int[] constant = new int[size / 3];
        for (int i = 0; i < constant.length; i++) {
            constant[i] = seed & 7;
        }
        sortAll("constant", constant);
        int[] extremes = {Integer.MAX_VALUE, 0, Integer.MIN_VALUE, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        sortAll("extremes", extremes);
        sortAll("single", new int[] {seed});
        sortAll("empty", new int[size - size]);
        int[] organ = new int[size];
        for (int i = 0; i < size; i++) {
            organ[i] = i < size / 2 ? i : size - i;
        }
        sortAll("organ", organ);

        int[] shown = new int[12];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = (next() >>> 24) - 128;
        }
        quickSort(shown);
        for (int v : shown) {
            Out.print(v);
            Out.print(' ');
        }
        Out.println();
    }
}
