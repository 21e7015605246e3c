package org.torito.test.corpus.errors;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** AtomicInteger and AtomicLong on one thread: every read-modify-write method, overflow wrap and conversions. */
public final class AtomicCounters {
    private AtomicCounters() {
    }

    public static void main(String[] args) {
        AtomicInteger i = new AtomicInteger();
        System.out.println(i + " " + i.getAndIncrement() + " " + i.incrementAndGet() + " " + i.getAndAdd(10) + " "
                + i.addAndGet(-5) + " " + i.decrementAndGet() + " " + i.getAndDecrement() + " " + i.get());
        System.out.println(i.compareAndSet(5, 50) + " " + i.compareAndSet(6, 60) + " " + i.get());
        System.out.println(i.weakCompareAndSetPlain(60, 61) + " " + i.getAndSet(-7) + " " + i.getPlain());
        System.out.println(i.getAndUpdate(x -> x * x) + " " + i.updateAndGet(x -> x - 100) + " "
                + i.getAndAccumulate(3, Math::max) + " " + i.accumulateAndGet(4, (a, b) -> a << b));
        System.out.println(i.compareAndExchange(48, 1) + " " + i.compareAndExchange(9, 2) + " " + i.getAcquire());
        i.set(Integer.MAX_VALUE);
        System.out.println(i.incrementAndGet() + " " + i.decrementAndGet() + " " + i.addAndGet(Integer.MIN_VALUE));
        i.lazySet(300);
        i.setRelease(i.getOpaque() + 1);
        System.out.println(i.byteValue() + " " + i.shortValue() + " " + i.longValue() + " " + i.floatValue() + " "
                + i.doubleValue() + " " + i.intValue());
        AtomicLong l = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(l.incrementAndGet() + " " + l.incrementAndGet() + " " + l.getAndAdd(-1) + " " + l);
        l.set(1);
        for (int k = 0; k < 62; k++) {
            l.accumulateAndGet(2, (a, b) -> a * b);
        }
        System.out.println(l.get() + " " + Long.toHexString(l.get()) + " " + l.updateAndGet(v -> v * 2));
        System.out.println(l.compareAndSet(Long.MIN_VALUE, 0L) + " " + l.getAndUpdate(v -> v - 1) + " " + l.get());
        AtomicInteger[] counters = new AtomicInteger[4];
        for (int k = 0; k < counters.length; k++) {
            counters[k] = new AtomicInteger(k);
        }
        String text = "concurrency utilities on one thread";
        for (char c : text.toCharArray()) {
            counters[c % counters.length].incrementAndGet();
        }
        StringBuilder sb = new StringBuilder();
        for (AtomicInteger c : counters) {
            sb.append(c).append(',');
        }
        System.out.println(sb);
        AtomicLong sum = new AtomicLong();
        for (int k = 0; k < text.length(); k++) {
            long c = text.charAt(k);
            sum.addAndGet(c * c);
        }
        System.out.println(sum.get() + " " + sum.intValue() + " " + new AtomicLong(-5).toString());
    }
}
