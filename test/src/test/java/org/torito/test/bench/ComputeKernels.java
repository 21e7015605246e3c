package org.torito.test.bench;

import org.torito.test.support.Out;

/**
 * The compute kernels of {@link ComputeBenchmark}, in plain Java that both HotSpot and Torito's baseline compiler
 * run: static methods, int/long/double arithmetic and arrays, no library calls (no {@code Math}, no strings
 * built at run time). Each kernel returns a checksum, which its program prints through {@link Out} so that the
 * benchmark can check that every VM computed the same thing.
 *
 * <p>The nested classes are the programs: {@link Fib}, {@link Sieve}, {@link Hash} and {@link NBody} run one
 * kernel at its benchmark size; {@link Noop} runs all four with sizes that do (next to) no work, the floor that
 * {@link ComputeBenchmark} subtracts from a Torito boot.
 */
public final class ComputeKernels {
    /** fib(n), computed the exponential way: 78 million calls for 37. */
    static final int FIB_N = 37;
    /** Entries of the sieve's array and how many times it is sieved. */
    static final int SIEVE_SIZE = 4_000_000;
    static final int SIEVE_ROUNDS = 5;
    /** Steps of the xorshift/FNV hash loop. */
    static final long HASH_STEPS = 50_000_000L;
    /** Time steps of the five-body simulation. */
    static final int NBODY_STEPS = 500_000;

    private ComputeKernels() {
    }

    /** The kernels, by number: the names {@link ComputeBenchmark} and the programs use. */
    static final int FIB = 0;
    static final int SIEVE = 1;
    static final int HASH = 2;
    static final int NBODY = 3;
    static final int KERNELS = 4;

    /** Kernel {@code kernel}'s name (a literal: Torito has no string switch, which needs hashCode and equals). */
    static String name(int kernel) {
        if (kernel == FIB) {
            return "fib";
        } else if (kernel == SIEVE) {
            return "sieve";
        } else if (kernel == HASH) {
            return "hash";
        }
        return "nbody";
    }

    /**
     * Runs {@code kernel} at its benchmark size ({@code work}) or at a size that does next to no work, and prints
     * its name and checksum.
     */
    static void run(int kernel, boolean work) {
        Out.print(name(kernel));
        Out.print(' ');
        if (kernel == FIB) {
            Out.println(fib(work ? FIB_N : 1));
        } else if (kernel == SIEVE) {
            Out.println(sieve(work ? SIEVE_SIZE : 2, work ? SIEVE_ROUNDS : 1));
        } else if (kernel == HASH) {
            Out.println(hash(work ? HASH_STEPS : 1));
        } else {
            Out.println(nbody(work ? NBODY_STEPS : 1));
        }
    }

    /** Recursive Fibonacci: calls and returns, int adds and compares. */
    static int fib(int n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }

    /**
     * The sieve of Eratosthenes over {@code size} booleans, {@code rounds} times (the array cleared each round):
     * array loads and stores, bounds checks, nested loops. The checksum mixes every round's count of primes
     * with the largest prime found.
     */
    static long sieve(int size, int rounds) {
        boolean[] composite = new boolean[size];
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < size; i++) {
                composite[i] = false;
            }
            int count = 0;
            int largest = 0;
            for (int i = 2; i < size; i++) {
                if (!composite[i]) {
                    count++;
                    largest = i;
                    for (long j = (long) i * i; j < size; j += i) {
                        composite[(int) j] = true;
                    }
                }
            }
            checksum = checksum * 31 + count + round + ((long) largest << 32);
        }
        return checksum;
    }

    /** An xorshift64 generator mixed into an FNV-1a-style hash: long shifts, xors and multiplies. */
    static long hash(long steps) {
        long x = 0x9E37_79B9_7F4A_7C15L;
        long h = 0xCBF2_9CE4_8422_2325L;
        for (long i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            h = (h ^ (x & 0xFF)) * 0x0000_0100_0000_01B3L;
            h ^= h >>> 29;
        }
        return h ^ x;
    }

    private static final double PI = 3.141592653589793;
    private static final double SOLAR_MASS = 4 * PI * PI;
    private static final double DAYS_PER_YEAR = 365.24;

    /**
     * The classic five-body simulation (the Sun and the four giant planets, as in the Computer Language Benchmarks
     * Game) for {@code steps} steps of 0.01 days; returns the energy at the end. Double arithmetic, with
     * {@link #sqrt} written out since {@code Math} is not there.
     */
    static double nbody(int steps) {
        double[] x = {0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01,
            1.53796971148509165e+01};
        double[] y = {0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01,
            -2.59193146099879641e+01};
        double[] z = {0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01,
            1.79258772950371181e-01};
        double[] vx = {0, 1.66007664274403694e-03 * DAYS_PER_YEAR, -2.76742510726862411e-03 * DAYS_PER_YEAR,
            2.96460137564761618e-03 * DAYS_PER_YEAR, 2.68067772490389322e-03 * DAYS_PER_YEAR};
        double[] vy = {0, 7.69901118419740425e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
            2.37847173959480950e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR};
        double[] vz = {0, -6.90460016972063023e-05 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR,
            -2.96589568540237556e-05 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR};
        double[] mass = {SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS,
            4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS};
        int n = mass.length;
        double px = 0;
        double py = 0;
        double pz = 0;
        for (int i = 0; i < n; i++) { // the Sun's momentum balances the planets'
            px += vx[i] * mass[i];
            py += vy[i] * mass[i];
            pz += vz[i] * mass[i];
        }
        vx[0] = -px / SOLAR_MASS;
        vy[0] = -py / SOLAR_MASS;
        vz[0] = -pz / SOLAR_MASS;
        double dt = 0.01;
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    double dz = z[i] - z[j];
                    double d2 = dx * dx + dy * dy + dz * dz;
                    double distance = sqrt(d2);
                    double magnitude = dt / (d2 * distance);
                    vx[i] -= dx * mass[j] * magnitude;
                    vy[i] -= dy * mass[j] * magnitude;
                    vz[i] -= dz * mass[j] * magnitude;
                    vx[j] += dx * mass[i] * magnitude;
                    vy[j] += dy * mass[i] * magnitude;
                    vz[j] += dz * mass[i] * magnitude;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] += dt * vx[i];
                y[i] += dt * vy[i];
                z[i] += dt * vz[i];
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            energy += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            for (int j = i + 1; j < n; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                energy -= mass[i] * mass[j] / sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return energy;
    }

    /**
     * The square root of a positive {@code v} without {@code Math}: scaled by exact powers of four into
     * [0.25, 4), where Newton's iteration from (1 + v) / 2 has a relative error below 1e-15 after six steps,
     * then scaled back. Not always correctly rounded, but the same on every VM (Java's double arithmetic is
     * exact IEEE 754), which is all the checksum needs.
     */
    static double sqrt(double v) {
        if (!(v > 0)) {
            return 0;
        }
        double scale = 1;
        while (v >= 4) {
            v *= 0.25;
            scale *= 2;
        }
        while (v < 0.25) {
            v *= 4;
            scale *= 0.5;
        }
        double g = (1 + v) * 0.5;
        for (int k = 0; k < 6; k++) {
            g = 0.5 * (g + v / g);
        }
        return g * scale;
    }

    /** Runs {@link #fib}. */
    public static final class Fib {
        private Fib() {
        }

        public static void main(String[] args) {
            run(FIB, true);
        }
    }

    /** Runs {@link #sieve}. */
    public static final class Sieve {
        private Sieve() {
        }

        public static void main(String[] args) {
            run(SIEVE, true);
        }
    }

    /** Runs {@link #hash}. */
    public static final class Hash {
        private Hash() {
        }

        public static void main(String[] args) {
            run(HASH, true);
        }
    }

    /** Runs {@link #nbody}. */
    public static final class NBody {
        private NBody() {
        }

        public static void main(String[] args) {
            run(NBODY, true);
        }
    }

    /** Runs every kernel with no work: the same image shape, boot and printing, for the floor. */
    public static final class Noop {
        private Noop() {
        }

        public static void main(String[] args) {
            for (int kernel = 0; kernel < KERNELS; kernel++) {
                run(kernel, false);
            }
        }
    }
}
