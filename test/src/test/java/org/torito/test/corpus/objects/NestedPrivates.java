package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Nestmates (JVMS 5.4.4, Java 11+): private constructors, fields and instance methods of nested classes used
 * directly by the outer class and by sibling nested classes; a private method is called with invokevirtual
 * between nestmates and is not overridden by a same-named method in a subclass.
 */
public final class NestedPrivates {
    private int outerSecret;

    static class Vault {
        private long balance;
        private final int pin;

        private Vault(int pin) {
            this.pin = pin;
        }

        private boolean open(int guess) {
            return guess == pin;
        }

        private long deposit(long amount) {
            balance += amount;
            return balance;
        }

        String kind() {
            return kindPrivate();
        }

        private String kindPrivate() {
            return "Vault";
        }
    }

    static final class BigVault extends Vault {
        private BigVault(int pin) {
            super(pin * 2);
        }

        @SuppressWarnings("unused")
        private String kindPrivate() {
            return "BigVault";
        }
    }

    static final class Robber {
        private int tries;

        private long rob(Vault v) {
            for (int guess = 0; guess < 100; guess++) {
                tries++;
                if (v.open(guess)) {
                    long taken = v.balance;
                    v.balance = 0;
                    return taken;
                }
            }
            return -1;
        }
    }

    private NestedPrivates(int secret) {
        outerSecret = secret;
    }

    private int reveal(Robber r) {
        return outerSecret + r.tries;
    }

    public static void main(String[] args) {
        Vault v = new Vault(42);
        v.deposit(1000);
        Out.println(v.deposit(234));
        Vault big = new BigVault(21);
        big.deposit(5);
        Out.println(big.kind());
        Out.println(v.kind());
        Out.println(big.pin);
        Robber r = new Robber();
        Out.println(r.rob(v));
        Out.println(r.tries);
        Out.println(v.balance);
        Out.println(r.rob(big));
        Out.println(r.tries);
        Vault tight = new Vault(500);
        Out.println(r.rob(tight));
        Out.println(r.tries);
        NestedPrivates outer = new NestedPrivates(1000);
        Out.println(outer.reveal(r));
        outer.outerSecret = -outer.outerSecret;
        Out.println(outer.reveal(r));
    }
}
