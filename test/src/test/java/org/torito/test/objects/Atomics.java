package org.torito.test.objects;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.torito.test.support.Out;

/**
 * AtomicInteger and AtomicLong: Unsafe field offsets found by name at run time, plain and volatile access,
 * and compare-and-set that succeeds and fails.
 */
public final class Atomics {
    /** A class of our own accessed the way the JDK's atomics are: every field width, looked up by name. */
    public static void main(String[] args) {
        AtomicInteger counter = new AtomicInteger(40);
        Out.println("int " + counter.incrementAndGet() + " " + counter.getAndAdd(8) + " " + counter.get());
        Out.println("cas 50->7 " + counter.compareAndSet(50, 7) + " cas 49->7 " + counter.compareAndSet(49, 7)
                + " now " + counter);
        Out.println("exchange " + counter.getAndSet(-3) + " then " + counter.decrementAndGet());
        Out.println("update " + counter.updateAndGet(x -> x * x) + " accumulate "
                + counter.accumulateAndGet(5, Math::max) + " " + counter.getAndUpdate(x -> x + 1));
        counter.lazySet(100);
        Out.println("lazy " + counter.getPlain() + " opaque " + counter.getOpaque() + " acquire "
                + counter.getAcquire());
        Out.println("weak " + counter.weakCompareAndSetVolatile(100, 101) + " " + counter.intValue());
        Out.println("witness " + counter.compareAndExchange(5, 6) + " " + counter.compareAndExchange(101, 6)
                + " " + counter.get());

        AtomicLong big = new AtomicLong(1L << 40);
        Out.println("long " + big.incrementAndGet() + " " + big.addAndGet(-(1L << 41)) + " "
                + big.compareAndSet(-(1L << 40) + 1, Long.MIN_VALUE) + " " + big.get());
        Out.println("long cas fails " + big.compareAndSet(0, 1) + " " + big + " " + big.getAndIncrement()
                + " " + big.longValue());

        AtomicInteger[] many = new AtomicInteger[4];
        for (int i = 0; i < many.length; i++) {
            many[i] = new AtomicInteger(i);
        }
        int sum = 0;
        for (int round = 0; round < 1000; round++) {
            sum += many[round & 3].getAndIncrement();
        }
        Out.println("sum " + sum + " " + many[0] + " " + many[3]);
    }
}
