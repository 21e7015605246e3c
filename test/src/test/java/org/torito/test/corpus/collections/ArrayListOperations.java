package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.List;

/** ArrayList: add at index, set, remove by index and by value, indexOf, contains, growth, and index errors. */
public final class ArrayListOperations {
    private ArrayListOperations() {
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        System.out.println(list + " empty=" + list.isEmpty() + " size=" + list.size());
        for (String s : new String[] {"alpha", "beta", "gamma", "delta"}) {
            list.add(s);
        }
        list.add(0, "zero");
        list.add(list.size(), "end");
        list.add(2, null);
        System.out.println(list);
        System.out.println("set returns " + list.set(1, "ALPHA") + " -> " + list);
        System.out.println("indexOf(null)=" + list.indexOf(null) + " indexOf(gamma)=" + list.indexOf("gamma")
                + " indexOf(x)=" + list.indexOf("x") + " contains(end)=" + list.contains("end"));
        System.out.println("remove(2) -> " + list.remove(2) + " remove(\"beta\") -> " + list.remove("beta")
                + " remove(\"nope\") -> " + list.remove("nope"));
        System.out.println(list);

        List<Integer> numbers = new ArrayList<>(2);
        for (int i = 0; i < 100; i++) {
            numbers.add(i * i - 50);
        }
        numbers.remove(Integer.valueOf(-50));
        numbers.remove(0);
        long sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        System.out.println("size=" + numbers.size() + " first=" + numbers.get(0) + " last="
                + numbers.get(numbers.size() - 1) + " sum=" + sum + " lastIndexOf(3431)=" + numbers.lastIndexOf(3431));

        int[] badIndexes = {-1, 5, 6, 100};
        for (int i : badIndexes) {
            try {
                list.get(i);
                System.out.println("get(" + i + ") ok");
            } catch (IndexOutOfBoundsException e) {
                System.out.println("get(" + i + "): " + e);
            }
        }
        try {
            list.add(7, "far");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add(7): " + e);
        }
        try {
            new ArrayList<String>(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity -3: " + e.getMessage());
        }
        List<String> copy = new ArrayList<>(list);
        copy.add("ünïcödé €");
        System.out.println("equals=" + copy.equals(list) + " hash=" + list.hashCode() + " copy=" + copy);
        copy.clear();
        System.out.println("cleared " + copy + " " + copy.size());
    }
}
