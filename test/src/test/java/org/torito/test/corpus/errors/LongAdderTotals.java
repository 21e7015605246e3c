package org.torito.test.corpus.errors;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** LongAdder, LongAccumulator and DoubleAdder on one thread: sums, resets, overflow and conversions. */
public final class LongAdderTotals {
    private LongAdderTotals() {
    }

    public static void main(String[] args) {
        LongAdder hits = new LongAdder();
        String[] words = {"alpha", "beta", "", "gamma", "δέλτα", "epsilon"};
        for (String w : words) {
            hits.add(w.length());
            hits.increment();
        }
        hits.decrement();
        System.out.println(hits.sum() + " " + hits + " " + hits.intValue() + " " + hits.doubleValue());
        System.out.println(hits.sumThenReset() + " " + hits.sum());
        hits.add(Long.MAX_VALUE);
        hits.increment();
        System.out.println(hits.longValue() + " " + hits.floatValue());
        hits.reset();
        System.out.println(hits.sum());
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        LongAccumulator product = new LongAccumulator((a, b) -> a * b, 1);
        for (long v : new long[] {3, -8, 12, 7, -1}) {
            max.accumulate(v);
            product.accumulate(v);
        }
        System.out.println(max.get() + " " + product.get() + " " + max + " " + product.intValue());
        System.out.println(max.getThenReset() + " " + max.get());
        DoubleAdder d = new DoubleAdder();
        for (int i = 1; i <= 10; i++) {
            d.add(1.0 / i);
        }
        System.out.println(d.sum() + " " + d.longValue() + " " + d);
        d.add(Double.NaN);
        System.out.println(d.sum() + " " + d.sumThenReset() + " " + d.sum());
    }
}
