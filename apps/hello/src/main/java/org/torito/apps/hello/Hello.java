package org.torito.apps.hello;

import org.torito.kernel.console.Console;

/**
 * The first example application: prints the first twenty primes and a checksum of them through the kernel
 * console (the class-library issue moves it to {@code System.out}).
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        Console.print("Hello from Torito! The first 20 primes:");
        long checksum = 0;
        int count = 0;
        for (int candidate = 2; count < 20; candidate++) {
            if (isPrime(candidate)) {
                Console.print(" ");
                Console.print(candidate);
                checksum = checksum * 31 + candidate;
                count++;
            }
        }
        Console.println();
        Console.print("checksum ");
        Console.print(checksum);
        Console.println();
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
