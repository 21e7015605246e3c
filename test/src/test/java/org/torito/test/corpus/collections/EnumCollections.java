package org.torito.test.corpus.collections;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * EnumSet and EnumMap: allOf/noneOf/of/range/complementOf, set operations in declaration order, iteration
 * while removing, EnumMap ordering and null values, counting by enum, and the errors of a null key.
 */
public final class EnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER, SATURN, URANUS, NEPTUNE }

    private EnumCollections() {
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        EnumSet<Day> midweek = EnumSet.range(Day.TUE, Day.THU);
        System.out.println("weekend " + weekend + " weekdays " + weekdays + " midweek " + midweek);
        System.out.println("all " + EnumSet.allOf(Day.class) + " none " + EnumSet.noneOf(Day.class)
                + " contains " + weekdays.contains(Day.FRI) + " " + weekdays.containsAll(midweek));
        EnumSet<Day> meetings = EnumSet.noneOf(Day.class);
        meetings.add(Day.FRI);
        meetings.addAll(midweek);
        meetings.remove(Day.WED);
        meetings.removeIf(d -> d.ordinal() % 4 == 0);
        System.out.println("meetings " + meetings + " size " + meetings.size() + " copy " + EnumSet.copyOf(meetings));
        Set<Planet> rocky = EnumSet.range(Planet.MERCURY, Planet.MARS);
        Set<Planet> giants = EnumSet.complementOf(EnumSet.copyOf(rocky));
        System.out.println("rocky " + rocky + " giants " + giants);

        Map<Day, String> plan = new EnumMap<>(Day.class);
        plan.put(Day.SUN, "rest");
        plan.put(Day.MON, "work");
        plan.put(Day.WED, null);
        plan.put(Day.FRI, "party");
        System.out.println("plan " + plan + " containsKey(WED) " + plan.containsKey(Day.WED) + " get(TUE) "
                + plan.get(Day.TUE) + " size " + plan.size());
        Map<Day, Integer> hours = new EnumMap<>(Day.class);
        String log = "MON:8 TUE:7 MON:2 FRI:5 SUN:1 TUE:3 SAT:0";
        for (String entry : log.split(" ")) {
            String[] p = entry.split(":");
            hours.merge(Day.valueOf(p[0]), Integer.parseInt(p[1]), Integer::sum);
        }
        System.out.println("hours " + hours + " keys " + hours.keySet());
        try {
            plan.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("EnumMap null key: NPE");
        }
        try {
            Day.valueOf("FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf: " + e.getMessage());
        }
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println("range backwards: " + e.getMessage());
        }
        System.out.println("values " + Day.values().length + " ordinal(SAT) " + Day.SAT.ordinal() + " compare "
                + Day.MON.compareTo(Day.SUN) + " planets " + EnumSet.allOf(Planet.class).size());
    }
}
