package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Comparator combinators on records: comparing with and without a key comparator, thenComparing chains,
 * reversed at different points of a chain, comparingInt/Double, nullsFirst/nullsLast for null elements and null
 * keys, naturalOrder/reverseOrder, Map.Entry.comparingByKey/Value, and min/max by a comparator.
 */
public final class ComparatorCombinators {
    record Employee(String name, String dept, int age, double salary) {
    }

    private ComparatorCombinators() {
    }

    static String names(List<Employee> list) {
        StringBuilder sb = new StringBuilder();
        for (Employee e : list) {
            sb.append(e == null ? "null" : e.name()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        List<Employee> staff = new ArrayList<>(List.of(
                new Employee("Ann", "eng", 34, 120_000.5),
                new Employee("bob", "ops", 28, 80_000),
                new Employee("Cleo", "eng", 28, 135_000),
                new Employee("Dmitri", "sales", 45, 90_000),
                new Employee("Émile", "ops", 34, 80_000),
                new Employee("Fay", "eng", 34, 99_999.99)));
        staff.sort(Comparator.comparing(Employee::name));
        System.out.println("name " + names(staff));
        staff.sort(Comparator.comparing(Employee::name, String.CASE_INSENSITIVE_ORDER));
        System.out.println("name ci " + names(staff));
        staff.sort(Comparator.comparing(Employee::dept).thenComparingInt(Employee::age).thenComparing(Employee::name));
        System.out.println("dept,age,name " + names(staff));
        staff.sort(Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder()));
        System.out.println("dept, salary desc " + names(staff));
        staff.sort(Comparator.comparingDouble(Employee::salary).thenComparing(Employee::age).reversed());
        System.out.println("(salary,age) reversed " + names(staff));
        staff.sort(Comparator.comparingInt(Employee::age).reversed().thenComparing(Employee::name, Comparator.reverseOrder()));
        System.out.println("age desc, name desc " + names(staff));

        Comparator<Employee> byName = Comparator.comparing(Employee::name);
        List<Employee> withNulls = new ArrayList<>(staff.subList(0, 3));
        withNulls.add(1, null);
        withNulls.add(null);
        withNulls.sort(Comparator.nullsFirst(byName));
        System.out.println("nullsFirst " + names(withNulls));
        withNulls.sort(Comparator.nullsLast(byName.reversed()));
        System.out.println("nullsLast reversed " + names(withNulls));
        try {
            withNulls.sort(byName);
        } catch (NullPointerException e) {
            System.out.println("plain comparator on null: NPE");
        }
        List<String> keys = Arrays.asList("b", null, "a", "c", null);
        keys.sort(Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed());
        System.out.println("nullsLast(natural).reversed " + keys);

        System.out.println("max salary " + Collections.max(staff, Comparator.comparingDouble(Employee::salary)).name()
                + " min age " + Collections.min(staff, Comparator.comparingInt(Employee::age)
                .thenComparing(Employee::dept)).name());
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(List.of(Map.entry("x", 3), Map.entry("a", 3),
                Map.entry("m", 1)));
        entries.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("by value then key " + entries);
        entries.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println("by key desc " + entries);
        Comparator<String> natural = Comparator.naturalOrder();
        System.out.println("natural(a,b)=" + Integer.signum(natural.compare("a", "b")) + " reversed="
                + Integer.signum(natural.reversed().compare("a", "b")) + " reverseOrder==natural.reversed "
                + (Comparator.reverseOrder() == natural.reversed()));
    }
}
