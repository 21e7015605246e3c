package org.torito.test.corpus.collections;

import java.util.Arrays;
import java.util.Random;

/**
 * java.util.Random with fixed seeds reproduces HotSpot's sequences: nextInt, nextInt(bound) for powers of two and
 * other bounds, nextInt(origin, bound), nextLong, nextDouble, nextFloat, nextBoolean, nextGaussian (StrictMath
 * log and sqrt), nextBytes, setSeed, the int and double streams, a dice histogram, and the bound errors.
 */
public final class SeededRandom {
    private SeededRandom() {
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int bound : new int[] {1, 2, 16, 1 << 30, 7, 100, 1_000_000_007, Integer.MAX_VALUE}) {
            sb.append(r.nextInt(bound)).append(' ');
        }
        System.out.println("nextInt(bound) " + sb);
        System.out.println("nextInt(-50, 50) " + r.nextInt(-50, 50) + " " + r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)
                + " nextLong(1000) " + r.nextLong(1000));
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("nextFloat " + r.nextFloat() + " nextBoolean " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed(42) nextInt " + r.nextInt());
        System.out.println("seed 0 " + new Random(0).nextInt() + " seed -1 " + new Random(-1).nextLong()
                + " seed MAX " + new Random(Long.MAX_VALUE).nextDouble());
        Random a = new Random(123456789L);
        Random b = new Random(123456789L);
        boolean same = true;
        for (int i = 0; i < 1000; i++) {
            same &= a.nextInt(1000) == b.nextInt(1000);
        }
        System.out.println("same sequence " + same);

        int[] histogram = new int[7];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) {
            histogram[1 + dice.nextInt(6)]++;
        }
        System.out.println("dice " + Arrays.toString(histogram));
        double sum = 0;
        double sumSq = 0;
        Random g = new Random(99);
        for (int i = 0; i < 2000; i++) {
            double x = g.nextGaussian();
            sum += x;
            sumSq += x * x;
        }
        System.out.println("gaussian mean " + sum / 2000 + " var " + (sumSq / 2000 - (sum / 2000) * (sum / 2000)));
        System.out.println("ints " + Arrays.toString(new Random(5).ints(6, -10, 10).toArray()));
        System.out.println("doubles sum " + new Random(6).doubles(4).sum() + " longs "
                + Arrays.toString(new Random(7).longs(3, 0, 1000).toArray()));
        for (int bound : new int[] {0, -5}) {
            try {
                r.nextInt(bound);
            } catch (IllegalArgumentException e) {
                System.out.println("nextInt(" + bound + "): " + e.getMessage());
            }
        }
        try {
            r.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(5, 5): " + e.getMessage());
        }
        try {
            r.ints(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("ints(-1): " + e.getMessage());
        }
    }
}
