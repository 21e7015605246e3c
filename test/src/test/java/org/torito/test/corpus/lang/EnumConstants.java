package org.torito.test.corpus.lang;

import java.util.Arrays;

/** Enums with fields, constructors, constant-specific bodies, valueOf errors, ordinal and compareTo. */
public final class EnumConstants {
    private EnumConstants() {
    }

    enum Coin {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);

        private final int cents;

        Coin(int cents) {
            this.cents = cents;
        }

        int cents() {
            return cents;
        }
    }

    enum Op {
        PLUS("+") {
            @Override
            long apply(long a, long b) {
                return a + b;
            }
        },
        TIMES("*") {
            @Override
            long apply(long a, long b) {
                return a * b;
            }
        },
        POWER("^") {
            @Override
            long apply(long a, long b) {
                long r = 1;
                for (long i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }

            @Override
            public String toString() {
                return "power-of";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract long apply(long a, long b);
    }

    enum Empty {
    }

    public static void main(String[] args) {
        System.out.println(Arrays.toString(Coin.values()) + " " + Coin.values().length + " " + Empty.values().length);
        int total = 0;
        for (Coin c : Coin.values()) {
            total += c.cents();
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.cents() + " " + c.compareTo(Coin.DIME)
                    + " " + c.getDeclaringClass().getSimpleName() + " " + (Coin.valueOf(c.name()) == c) + " "
                    + c.equals(Coin.DIME));
        }
        System.out.println("total " + total);
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol + " " + op.apply(3, 4) + " "
                    + op.getDeclaringClass().getSimpleName() + " " + (op.getClass() == Op.class) + " "
                    + Enum.valueOf(Op.class, op.name()).ordinal());
        }
        String[] names = {"DIME", "dime", "", " DIME", "NONE"};
        for (String n : names) {
            try {
                System.out.println(Coin.valueOf(n));
            } catch (IllegalArgumentException e) {
                System.out.println("valueOf: " + e.getMessage());
            }
        }
        try {
            Coin.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        Coin[] sorted = {Coin.QUARTER, Coin.PENNY, Coin.DIME, Coin.NICKEL, Coin.PENNY};
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        Arrays.sort(sorted, (a, b) -> b.cents() - a.cents());
        System.out.println(Arrays.toString(sorted));
        int amount = 68;
        StringBuilder change = new StringBuilder();
        for (int i = Coin.values().length - 1; i >= 0; i--) {
            Coin c = Coin.values()[i];
            change.append(c).append('x').append(amount / c.cents()).append(' ');
            amount %= c.cents();
        }
        System.out.println(change.toString().trim());
        System.out.println(Op.valueOf("POWER").apply(2, 10) + " " + Op.POWER.compareTo(Op.PLUS));
    }
}
