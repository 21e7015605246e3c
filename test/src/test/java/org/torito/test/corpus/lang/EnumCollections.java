package org.torito.test.corpus.lang;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** EnumSet (of, range, complementOf, allOf, noneOf, copyOf) and EnumMap ordering, counting and views. */
public final class EnumCollections {
    private EnumCollections() {
    }

    enum Day {
        MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY
    }

    enum Perm {
        READ, WRITE, EXECUTE
    }

    enum Big {
        B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19, B20, B21, B22, B23,
        B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39, B40, B41, B42, B43, B44, B45,
        B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59, B60, B61, B62, B63, B64, B65, B66, B67
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUNDAY, Day.SATURDAY);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        EnumSet<Day> midweek = EnumSet.range(Day.TUESDAY, Day.THURSDAY);
        System.out.println(weekend + " " + weekdays + " " + midweek + " " + EnumSet.noneOf(Day.class) + " "
                + EnumSet.allOf(Day.class).size());
        System.out.println(weekdays.containsAll(midweek) + " " + weekdays.contains(Day.SUNDAY) + " "
                + midweek.remove(Day.WEDNESDAY) + " " + midweek + " " + midweek.add(Day.MONDAY) + " " + midweek);
        EnumSet<Day> copy = EnumSet.copyOf(java.util.List.of(Day.FRIDAY, Day.MONDAY, Day.FRIDAY));
        copy.retainAll(weekdays);
        copy.addAll(weekend);
        System.out.println(copy + " " + copy.equals(EnumSet.of(Day.MONDAY, Day.FRIDAY, Day.SATURDAY, Day.SUNDAY)));
        try {
            EnumSet.range(Day.FRIDAY, Day.MONDAY);
        } catch (IllegalArgumentException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            EnumSet.copyOf(new java.util.ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("copyOf: " + e.getMessage());
        }
        Set<Perm> perms = EnumSet.noneOf(Perm.class);
        for (char c : "rwx-wr".toCharArray()) {
            switch (c) {
                case 'r' -> perms.add(Perm.READ);
                case 'w' -> perms.add(Perm.WRITE);
                case 'x' -> perms.add(Perm.EXECUTE);
                default -> perms.clear();
            }
            System.out.print(perms + " ");
        }
        System.out.println();
        EnumSet<Big> big = EnumSet.range(Big.B60, Big.B67);
        big.add(Big.B0);
        big.add(Big.B63);
        big.add(Big.B64);
        System.out.println(big + " " + big.size() + " " + EnumSet.complementOf(big).size() + " "
                + EnumSet.allOf(Big.class).contains(Big.B66));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRIDAY, 6);
        hours.put(Day.MONDAY, 8);
        hours.put(Day.WEDNESDAY, 7);
        hours.merge(Day.MONDAY, 2, Integer::sum);
        hours.computeIfAbsent(Day.SUNDAY, d -> d.ordinal());
        System.out.println(hours + " " + hours.size() + " " + hours.containsKey(Day.TUESDAY) + " "
                + hours.get(Day.TUESDAY) + " " + hours.keySet() + " " + hours.values());
        int sum = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            sum += e.getValue() * (e.getKey().ordinal() + 1);
            e.setValue(e.getValue() * 10);
        }
        System.out.println(sum + " " + hours + " " + hours.remove(Day.FRIDAY) + " " + hours);
        EnumMap<Day, String> copyMap = new EnumMap<>(Map.of(Day.THURSDAY, "t", Day.TUESDAY, "u"));
        System.out.println(copyMap + " " + copyMap.equals(Map.of(Day.TUESDAY, "u", Day.THURSDAY, "t")));
        Map<Perm, Long> counts = new EnumMap<>(Perm.class);
        for (String s : "READ WRITE READ EXECUTE READ WRITE".split(" ")) {
            counts.merge(Perm.valueOf(s), 1L, Long::sum);
        }
        System.out.println(counts);
    }
}
