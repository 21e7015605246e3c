package org.torito.apps.hello;

/**
 * The first example application: prints the first primes and a checksum of them. Until the first-boot issue
 * lands it runs on the host JVM only; then {@code ./torito run apps/hello} boots it.
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        int count = 0;
        long checksum = 0;
        StringBuilder line = new StringBuilder("Hello from Torito! First primes:");
        for (int candidate = 2; count < 20; candidate++) {
            if (isPrime(candidate)) {
                line.append(' ').append(candidate);
                checksum = checksum * 31 + candidate;
                count++;
            }
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
