package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * java.util.Objects: null-safe equals/deepEquals/hashCode/hash/toString, requireNonNull with a message and with
 * a supplier, requireNonNullElse(Get), isNull/nonNull as predicates, compare with a comparator, and the index
 * checks checkIndex/checkFromToIndex/checkFromIndexSize with their messages, including long indexes.
 */
public final class ObjectsHelpers {
    static final class Account {
        final String id;
        final long cents;

        Account(String id, long cents) {
            this.id = Objects.requireNonNull(id, "id");
            this.cents = cents;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Account a && id.equals(a.id) && cents == a.cents;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, cents);
        }

        @Override
        public String toString() {
            return id + ":" + cents;
        }
    }

    private ObjectsHelpers() {
    }

    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a")
                + " deep " + Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.equals(new int[] {1}, new int[] {1}));
        System.out.println("hashCode(null) " + Objects.hashCode(null) + " hash() " + Objects.hash() + " hash(null) "
                + Objects.hash((Object) null) + " hash(1,\"a\") " + Objects.hash(1, "a") + " = " + Arrays.hashCode(new Object[] {1, "a"}));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "default") + " " + Objects.toString(42, "x"));
        Account acc = new Account("ACC-1", 1050);
        System.out.println(acc + " hash " + acc.hashCode() + " equals " + acc.equals(new Account("ACC-1", 1050)));
        try {
            new Account(null, 1);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "computed message " + 7);
        } catch (NullPointerException e) {
            System.out.println("supplier: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("plain: " + e.getMessage());
        }
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got")
                + " " + Objects.requireNonNullElse("first", "else"));
        try {
            Objects.requireNonNullElse(null, null);
        } catch (NullPointerException e) {
            System.out.println("both null: " + e.getMessage());
        }
        List<String> items = Arrays.asList("a", null, "b", null);
        List<String> nonNull = new java.util.ArrayList<>(items);
        nonNull.removeIf(Objects::isNull);
        System.out.println("nulls " + (items.size() - nonNull.size()) + " non-nulls " + nonNull + " nonNull(x) "
                + Objects.nonNull("x") + " isNull(null) " + Objects.isNull(null));
        System.out.println("compare " + Objects.compare("a", "b", Comparator.naturalOrder()) + " same "
                + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        System.out.println("checkIndex " + Objects.checkIndex(3, 4) + " fromTo " + Objects.checkFromToIndex(1, 4, 4)
                + " fromSize " + Objects.checkFromIndexSize(2, 2, 4));
        int[][] cases = {{4, 4}, {-1, 10}, {0, 0}};
        for (int[] c : cases) {
            try {
                Objects.checkIndex(c[0], c[1]);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Objects.checkFromToIndex(3, 2, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(3, Integer.MAX_VALUE, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkIndex(5_000_000_000L, 5_000_000_000L);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
