package org.torito.test.corpus.collections;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Optional as a result type: of/ofNullable/empty, map and flatMap chains through a lookup table, filter, or,
 * orElse/orElseGet/orElseThrow (with the JDK's message and a custom exception), ifPresentOrElse,
 * equality and toString, and the primitive OptionalInt/Long/Double.
 */
public final class OptionalChains {
    record User(String name, String managerName) {
    }

    static final Map<String, User> USERS = Map.of(
            "ann", new User("ann", "bob"),
            "bob", new User("bob", null),
            "cyd", new User("cyd", "zed"));

    private OptionalChains() {
    }

    static Optional<User> find(String name) {
        return Optional.ofNullable(USERS.get(name));
    }

    static String managerOf(String name) {
        return find(name).map(User::managerName).flatMap(OptionalChains::find).map(User::name)
                .map(String::toUpperCase).orElse("(none)");
    }

    public static void main(String[] args) {
        for (String n : new String[] {"ann", "bob", "cyd", "dan"}) {
            System.out.println(n + " -> manager " + managerOf(n));
        }
        Optional<String> empty = Optional.empty();
        Optional<String> some = Optional.of("value");
        System.out.println(empty + " " + some + " " + Optional.ofNullable(null) + " isPresent " + some.isPresent()
                + " isEmpty " + empty.isEmpty());
        System.out.println("filter " + some.filter(s -> s.length() > 5) + " " + some.filter(s -> s.startsWith("v")));
        System.out.println("or " + empty.or(() -> Optional.of("fallback")).get() + " orElseGet "
                + empty.orElseGet(() -> "computed") + " map to null " + some.map(s -> null));
        try {
            empty.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            empty.orElseThrow(() -> new IllegalStateException("nothing for key"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): NPE");
        }
        some.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        empty.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        System.out.println("equals " + some.equals(Optional.of("value")) + " " + empty.equals(Optional.empty())
                + " hash " + some.hashCode() + " " + empty.hashCode());
        int count = 0;
        for (Optional<Integer> o : List.of(Optional.of(1), Optional.<Integer>empty(), Optional.of(3))) {
            count += o.orElse(100);
        }
        System.out.println("orElse sum " + count);

        OptionalInt oi = OptionalInt.of(-5);
        OptionalLong ol = OptionalLong.empty();
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + oi.getAsInt() + " " + ol.orElse(Long.MIN_VALUE)
                + " " + od.orElseThrow());
        try {
            ol.getAsLong();
        } catch (NoSuchElementException e) {
            System.out.println("OptionalLong empty: " + e.getMessage());
        }
        System.out.println("empties " + OptionalInt.empty() + " " + OptionalDouble.empty() + " equal "
                + OptionalInt.of(3).equals(OptionalInt.of(3)) + " " + OptionalInt.empty().isPresent());
    }
}
