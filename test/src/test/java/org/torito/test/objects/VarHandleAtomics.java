package org.torito.test.objects;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JDK classes built on VarHandles (field handles: AtomicReference, AtomicBoolean, the concurrent queue
 * and skip list, LongAdder's cells; array-element handles: the atomic arrays), with their checks: indexes
 * out of bounds and stores of the wrong type into a typed array.
 */
public final class VarHandleAtomics {
    private VarHandleAtomics() {
    }

    public static void main(String[] args) {
        AtomicReference<String> ref = new AtomicReference<>("x");
        System.out.println(ref.compareAndSet("x", "y") + " " + ref.get() + " " + ref.compareAndSet("x", "z"));
        System.out.println(ref.getAndSet("w") + " " + ref.updateAndGet(s -> s + "!") + " "
                + ref.accumulateAndGet("?", String::concat) + " " + ref.weakCompareAndSetPlain("w!?", "v"));
        System.out.println(ref.compareAndExchange("v", "u") + " " + ref.getAcquire() + " " + ref.getOpaque());
        ref.setRelease("t");
        ref.lazySet("s");
        System.out.println(ref + " " + ref.getPlain());

        AtomicBoolean flag = new AtomicBoolean();
        System.out.println(flag.compareAndSet(false, true) + " " + flag.get() + " " + flag.getAndSet(false) + " "
                + flag.compareAndExchange(false, true) + " " + flag);

        AtomicReferenceArray<String> names = new AtomicReferenceArray<>(3);
        names.set(1, "one");
        System.out.println(names.compareAndSet(1, "one", "uno") + " " + names.getAndSet(2, "dos") + " " + names);
        try {
            names.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            names.set(-1, "minus");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        AtomicReferenceArray<Object> typed = new AtomicReferenceArray<>(new String[] {"a", "b"});
        try {
            typed.set(0, 42);
            System.out.println("stored an Integer into a String[]");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + typed);
        }

        AtomicIntegerArray ints = new AtomicIntegerArray(new int[] {5, 6, 7, 8});
        System.out.println(ints.addAndGet(2, 5) + " " + ints.incrementAndGet(2) + " " + ints.getAndDecrement(0) + " "
                + ints.accumulateAndGet(3, 3, Math::max) + " " + ints);
        AtomicLongArray longs = new AtomicLongArray(2);
        longs.getAndAdd(1, 1L << 40);
        System.out.println(longs.compareAndSet(1, 1L << 40, -1) + " " + longs);

        LongAdder adder = new LongAdder();
        for (int i = 0; i < 1000; i++) {
            adder.add(i);
        }
        adder.decrement();
        System.out.println(adder.sum() + " " + adder.sumThenReset() + " " + adder.sum());

        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 6; i++) {
            queue.add(i * i);
        }
        System.out.println(queue.poll() + " " + queue.peek() + " " + queue.remove(9) + " " + queue + " " + queue.size());
        ConcurrentLinkedDeque<String> deque = new ConcurrentLinkedDeque<>();
        deque.addFirst("b");
        deque.addFirst("a");
        deque.addLast("c");
        System.out.println(deque.pollLast() + " " + deque + " " + deque.peekFirst());

        ConcurrentSkipListMap<String, Integer> skip = new ConcurrentSkipListMap<>();
        String[] words = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date"};
        for (int i = 0; i < words.length; i++) {
            skip.put(words[i], i);
        }
        System.out.println(skip + " " + skip.firstKey() + " " + skip.ceilingKey("c") + " " + skip.headMap("d")
                + " " + skip.descendingMap().firstKey() + " " + skip.pollFirstEntry());
    }
}
