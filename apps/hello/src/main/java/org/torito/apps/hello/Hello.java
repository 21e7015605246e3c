package org.torito.apps.hello;

import java.util.ArrayList;
import java.util.List;

/**
 * The first example application: prints the first twenty primes and a checksum of them on
 * {@code System.out}, which an image connects to the serial console.
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        List<Integer> primes = new ArrayList<>();
        for (int candidate = 2; primes.size() < 20; candidate++) {
            if (isPrime(candidate)) {
                primes.add(candidate);
            }
        }
        long checksum = 0;
        StringBuilder line = new StringBuilder("Hello from Torito! The first 20 primes:");
        for (int p : primes) {
            line.append(' ').append(p);
            checksum = checksum * 31 + p;
        }
        System.out.println(line);
        System.out.println("checksum " + checksum);
    }

    static boolean isPrime(int n) {
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
